/* Target data and target initialization. The targets are built into libjit_capi, so the
 * native-target initializers below are inline and always succeed (return 0). */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct LLVMOpaqueTargetData *LLVMTargetDataRef;

/* Per-target initializers: exported, and they do nothing. */
void LLVMInitializeX86TargetInfo(void);
void LLVMInitializeX86Target(void);
void LLVMInitializeX86TargetMC(void);
void LLVMInitializeX86AsmPrinter(void);
void LLVMInitializeX86AsmParser(void);
void LLVMInitializeX86Disassembler(void);
void LLVMInitializeAArch64TargetInfo(void);
void LLVMInitializeAArch64Target(void);
void LLVMInitializeAArch64TargetMC(void);
void LLVMInitializeAArch64AsmPrinter(void);
void LLVMInitializeAArch64AsmParser(void);
void LLVMInitializeAArch64Disassembler(void);

static inline void LLVMInitializeAllTargetInfos(void) {}
static inline void LLVMInitializeAllTargets(void) {}
static inline void LLVMInitializeAllTargetMCs(void) {}
static inline void LLVMInitializeAllAsmPrinters(void) {}
static inline void LLVMInitializeAllAsmParsers(void) {}
static inline void LLVMInitializeAllDisassemblers(void) {}

/* 0 = success, as in LLVM. */
static inline LLVMBool LLVMInitializeNativeTarget(void) { return 0; }
static inline LLVMBool LLVMInitializeNativeAsmParser(void) { return 0; }
static inline LLVMBool LLVMInitializeNativeAsmPrinter(void) { return 0; }
static inline LLVMBool LLVMInitializeNativeDisassembler(void) { return 0; }

/* Target data from a layout string (NULL when it does not parse); free with
 * LLVMDisposeTargetData unless it came from LLVMGetExecutionEngineTargetData. */
LLVMTargetDataRef LLVMCreateTargetData(const char *StringRep);
void LLVMDisposeTargetData(LLVMTargetDataRef TD);
/* The layout string; free with LLVMDisposeMessage. */
char *LLVMCopyStringRepOfTargetData(LLVMTargetDataRef TD);
unsigned LLVMPointerSize(LLVMTargetDataRef TD);
/* Gives the module the layout of DL (as LLVMSetDataLayout with its string). */
void LLVMSetModuleDataLayout(LLVMModuleRef M, LLVMTargetDataRef DL);

#ifdef __cplusplus
}
#endif
