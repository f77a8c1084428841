/* The process's libraries and symbols, as every execution engine sees them. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Loads a shared library for the rest of the process (never unloaded); NULL names the
 * program itself. Returns 0 on success, 1 on failure. */
LLVMBool LLVMLoadLibraryPermanently(const char *Filename);

/* Accepted and ignored: this library has no command-line options. */
void LLVMParseCommandLineOptions(int argc, const char *const *argv, const char *Overview);

/* A symbol added with LLVMAddSymbol, else one of the program or of a library loaded
 * globally; NULL when nowhere. */
void *LLVMSearchForAddressOfSymbol(const char *symbolName);

/* Makes symbolName resolve to symbolValue in every engine (before library symbols). */
void LLVMAddSymbol(const char *symbolName, void *symbolValue);

#ifdef __cplusplus
}
#endif
