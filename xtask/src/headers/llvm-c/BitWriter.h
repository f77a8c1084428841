/* Writing LLVM bitcode that LLVM 19 reads back. The int-returning functions return 0 on
 * success; their error is kept for JitGetLastErrorMessage. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

int LLVMWriteBitcodeToFile(LLVMModuleRef M, const char *Path);
int LLVMWriteBitcodeToFD(LLVMModuleRef M, int FD, int ShouldClose, int Unbuffered);
int LLVMWriteBitcodeToFileHandle(LLVMModuleRef M, int Handle);
/* A new buffer holding the bitcode (NULL on error); free with LLVMDisposeMemoryBuffer. */
LLVMMemoryBufferRef LLVMWriteBitcodeToMemoryBuffer(LLVMModuleRef M);

#ifdef __cplusplus
}
#endif
