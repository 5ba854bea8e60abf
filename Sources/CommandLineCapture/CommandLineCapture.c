// The command line for a statically linked Swift program, without reading /proc/self/maps.
//
// Swift's runtime finds `CommandLine.arguments` on Linux with a global constructor in its
// CommandLine.cpp that reads /proc/self/maps to find the stack and walks back from `environ` to
// argv. With the 40 shared libraries Cairo and Pango bring, that file has about 220 lines: 0.4 ms
// of every start (measured in a C program linked against the same libraries), a twentieth of
// a chart. glibc hands argc and argv to every ELF constructor, so this file keeps them and
// defines the two functions that object file would otherwise provide. In the static link
// (`--static-swift-stdlib`), the archive member CommandLine.cpp.o is then never pulled in, so
// its constructor does not run. Were the runtime to need another symbol from that member, the
// link would fail with a duplicate definition rather than run the two side by side.
//
// With the Swift runtime as a shared library (debug builds, tests) these definitions are unused:
// the runtime calls its own.

#include <stdlib.h>  // NULL, and on glibc __GLIBC__

// glibc passes (argc, argv, envp) to ELF constructors; musl does not (and the Swift runtime reads
// the stack for that reason), so elsewhere this file defines nothing and the runtime's own
// functions are linked as usual.
#if defined(__GLIBC__)

static char **capturedArgv = NULL;
static int capturedArgc = 0;
static char **overrideArgv = NULL;
static int overrideArgc = 0;

// glibc calls ELF constructors with (argc, argv, envp).
__attribute__((constructor))
static void captureCommandLine(int argc, char **argv, char **envp) {
    (void)envp;
    capturedArgc = argc;
    capturedArgv = argv;
}

// Both keep the Swift calling convention of the functions they replace.
__attribute__((swiftcall, visibility("default")))
void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc) {
    overrideArgv = argv;
    overrideArgc = argc;
}

__attribute__((swiftcall, visibility("default")))
char **_swift_stdlib_getUnsafeArgvArgc(int *outArgLen) {
    static char *empty[] = { NULL };
    if (overrideArgv) {
        *outArgLen = overrideArgc;
        return overrideArgv;
    }
    if (capturedArgv) {
        *outArgLen = capturedArgc;
        return capturedArgv;
    }
    *outArgLen = 0;
    return empty;
}

#endif  // __GLIBC__
