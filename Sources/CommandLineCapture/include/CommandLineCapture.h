// Nothing to import: this target only supplies two functions of the Swift runtime to the linker
// (see CommandLineCapture.c). The header exists because SwiftPM wants one for a C target.
