/* A shared library for tests/capi/libraries.c: loaded by path with
 * LLVMLoadLibraryPermanently, then called by JIT code. */
int plugin_scale(int x) { return 7 * x; }
