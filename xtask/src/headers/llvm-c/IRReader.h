/* Reading .ll text, or LLVM bitcode (recognised by its magic number). */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Parses and verifies the buffer's text or bitcode into a new module of context C; 0 on success.
 * Always takes ownership of MemBuf. On failure *OutMessage holds "file:line:col: ..."
 * lines (free with LLVMDisposeMessage). */
LLVMBool LLVMParseIRInContext(LLVMContextRef ContextRef, LLVMMemoryBufferRef MemBuf, LLVMModuleRef *OutM,
                              char **OutMessage);

#ifdef __cplusplus
}
#endif
