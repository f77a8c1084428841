/* Reading LLVM bitcode (what clang -c -emit-llvm and llvm-as write; LLVM 5 to 19). The whole
 * module is read at once, and verified. Each function returns 0 on success. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The buffer stays the caller's. On failure *OutMessage holds a message naming the bit
 * offset, block and record (free with LLVMDisposeMessage). */
LLVMBool LLVMParseBitcode(LLVMMemoryBufferRef MemBuf, LLVMModuleRef *OutModule, char **OutMessage);
LLVMBool LLVMParseBitcodeInContext(LLVMContextRef ContextRef, LLVMMemoryBufferRef MemBuf,
                                   LLVMModuleRef *OutModule, char **OutMessage);
/* Without a message parameter: the message is kept for JitGetLastErrorMessage. */
LLVMBool LLVMParseBitcode2(LLVMMemoryBufferRef MemBuf, LLVMModuleRef *OutModule);
LLVMBool LLVMParseBitcodeInContext2(LLVMContextRef ContextRef, LLVMMemoryBufferRef MemBuf,
                                    LLVMModuleRef *OutModule);

/* The "lazy" forms: the module takes ownership of MemBuf when (and only when) reading
 * succeeds. */
LLVMBool LLVMGetBitcodeModuleInContext(LLVMContextRef ContextRef, LLVMMemoryBufferRef MemBuf,
                                       LLVMModuleRef *OutM, char **OutMessage);
LLVMBool LLVMGetBitcodeModuleInContext2(LLVMContextRef ContextRef, LLVMMemoryBufferRef MemBuf,
                                        LLVMModuleRef *OutM);
LLVMBool LLVMGetBitcodeModule(LLVMMemoryBufferRef MemBuf, LLVMModuleRef *OutM, char **OutMessage);
LLVMBool LLVMGetBitcodeModule2(LLVMMemoryBufferRef MemBuf, LLVMModuleRef *OutM);

#ifdef __cplusplus
}
#endif
