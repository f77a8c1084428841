/* The process's libraries and symbols, as every execution engine sees them. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Loads a shared library for the rest of the process (never unloaded), its symbols visible
 * to every engine; NULL names the program itself. Returns 0 on success, 1 on failure (the
 * message, naming the library and the loader's reason, is kept for
 * JitGetLastErrorMessage). libc, libm and the C++ runtime (libstdc++, libgcc_s) need no
 * loading: the engines open them when a module needs a name nothing else defines. */
LLVMBool LLVMLoadLibraryPermanently(const char *Filename);

/* Accepted and ignored: this library has no command-line options. */
void LLVMParseCommandLineOptions(int argc, const char *const *argv, const char *Overview);

/* The address an engine would give a module's reference to symbolName from the process: a
 * symbol added with LLVMAddSymbol, else one of the program, of a library loaded globally,
 * of libc or libm, or of the C++ runtime; NULL when nowhere. */
void *LLVMSearchForAddressOfSymbol(const char *symbolName);

/* Makes symbolName resolve to symbolValue in every engine (before library symbols). */
void LLVMAddSymbol(const char *symbolName, void *symbolValue);

#ifdef __cplusplus
}
#endif
