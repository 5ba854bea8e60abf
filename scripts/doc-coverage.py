#!/usr/bin/env python3
"""Share of public declarations with a `///` summary, per library target.

    scripts/doc-coverage.py              # table per target + total
    scripts/doc-coverage.py --missing    # also list every undocumented declaration (file:line)
    scripts/doc-coverage.py --min 90     # exit 1 when a library target is below 90%

A declaration is a line of Swift whose leading modifiers include `public` or `open` and that
declares something (func, init, var, let, case, struct, ...); `public extension` and `public import`
are not declarations to document. It is documented when the nearest line above it that is not an
attribute (`@discardableResult`, `@MainActor`, ...) is a `///` line or closes a `/** */` block.
Only `Sources/<target>/` is scanned; the executable target `indicators` is reported but not held
to the minimum (it has no public API).
"""
import argparse
import os
import re
import sys

MODIFIERS = {
    "public", "open", "internal", "private", "fileprivate", "package", "static", "class",
    "final", "override", "nonisolated", "mutating", "nonmutating", "convenience", "required",
    "lazy", "indirect", "weak", "unowned", "dynamic", "consuming", "borrowing", "distributed",
}
DECLARATIONS = {
    "func", "init", "init?", "init!", "var", "let", "case", "struct", "enum", "class", "actor",
    "protocol", "typealias", "subscript", "associatedtype", "macro", "static", "deinit",
}
NOT_DOCUMENTED_KINDS = {"extension", "import"}
EXECUTABLES = {"indicators"}
ATTRIBUTE = re.compile(r"^@\w+(\(.*\))?$")
WORD = re.compile(r"[A-Za-z_?!]+(\([a-z]+\))?")


def declaration_kind(line):
    """The keyword a public declaration starts with, or None when the line is not one."""
    words = line.split()
    # Attributes on the same line (`@discardableResult public func`).
    while words and words[0].startswith("@"):
        words.pop(0)
    seen_public = False
    for word in words:
        base = word.split("(")[0]
        if base in MODIFIERS:
            seen_public = seen_public or base in ("public", "open")
            continue
        if not seen_public:
            return None
        keyword = re.match(r"[A-Za-z_]+[?!]?", word)
        keyword = keyword.group(0) if keyword else word
        if keyword.startswith("init"):
            return "init"
        if keyword.startswith("subscript"):
            return "subscript"
        if keyword in NOT_DOCUMENTED_KINDS:
            return None
        return keyword if keyword in DECLARATIONS else None
    return None


def documented(lines, index):
    """Whether the declaration at `lines[index]` has a doc comment above its attributes."""
    i = index - 1
    while i >= 0:
        above = lines[i].strip()
        if ATTRIBUTE.match(above):
            i -= 1
            continue
        return above.startswith("///") or above.endswith("*/") and "/**" in "".join(
            lines[max(0, i - 40):i + 1])
    return False


def scan(root):
    """Per target: list of (path, line number, text, documented)."""
    results = {}
    sources = os.path.join(root, "Sources")
    for target in sorted(os.listdir(sources)):
        folder = os.path.join(sources, target)
        if not os.path.isdir(folder):
            continue
        rows = []
        for base, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(base, name)
                with open(path, encoding="utf-8") as handle:
                    lines = handle.read().split("\n")
                in_block = False
                for number, line in enumerate(lines):
                    stripped = line.strip()
                    if in_block:
                        in_block = "*/" not in stripped
                        continue
                    if stripped.startswith("/*") and "*/" not in stripped:
                        in_block = True
                        continue
                    if stripped.startswith("//") or not declaration_kind(stripped):
                        continue
                    rows.append((os.path.relpath(path, root), number + 1, stripped,
                                 documented(lines, number)))
        if rows:
            results[target] = rows
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    parser.add_argument("--missing", action="store_true", help="list undocumented declarations")
    parser.add_argument("--min", type=float, default=None,
                        help="exit 1 when a library target's share (percent) is below this")
    args = parser.parse_args()
    results = scan(os.path.abspath(args.root))
    total_documented = total = 0
    failing = []
    print(f"{'target':<14}{'documented':>11}{'public':>8}{'share':>8}")
    for target, rows in results.items():
        count = sum(1 for row in rows if row[3])
        share = 100.0 * count / len(rows)
        total_documented += count
        total += len(rows)
        print(f"{target:<14}{count:>11}{len(rows):>8}{share:>7.1f}%")
        if args.min is not None and target not in EXECUTABLES and share < args.min:
            failing.append(target)
    if total:
        print(f"{'total':<14}{total_documented:>11}{total:>8}{100.0 * total_documented / total:>7.1f}%")
    if args.missing:
        for target, rows in results.items():
            for path, number, text, is_documented in rows:
                if not is_documented:
                    print(f"{path}:{number}: {text}")
    if failing:
        print(f"below {args.min:g}%: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
