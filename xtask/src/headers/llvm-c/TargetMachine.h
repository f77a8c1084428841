/* Targets and target machines. A target machine emits a module as an ELF relocatable object
 * (the code the native engine runs); assembly output is not supported. */

#include "llvm-c/Target.h"
#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct LLVMOpaqueTargetMachine *LLVMTargetMachineRef;
typedef struct LLVMTarget *LLVMTargetRef;

typedef enum {
  LLVMCodeGenLevelNone,
  LLVMCodeGenLevelLess,
  LLVMCodeGenLevelDefault,
  LLVMCodeGenLevelAggressive
} LLVMCodeGenOptLevel;

typedef enum {
  LLVMRelocDefault,
  LLVMRelocStatic,
  LLVMRelocPIC,
  LLVMRelocDynamicNoPic,
  LLVMRelocROPI,
  LLVMRelocRWPI,
  LLVMRelocROPI_RWPI
} LLVMRelocMode;

typedef enum {
  LLVMCodeModelDefault,
  LLVMCodeModelJITDefault,
  LLVMCodeModelTiny,
  LLVMCodeModelSmall,
  LLVMCodeModelKernel,
  LLVMCodeModelMedium,
  LLVMCodeModelLarge
} LLVMCodeModel;

typedef enum {
  LLVMAssemblyFile,
  LLVMObjectFile
} LLVMCodeGenFileType;

/* The targets: x86-64, then aarch64. */
LLVMTargetRef LLVMGetFirstTarget(void);
LLVMTargetRef LLVMGetNextTarget(LLVMTargetRef T);
LLVMTargetRef LLVMGetTargetFromName(const char *Name);
/* 0 on success; else 1 and *ErrorMessage (free with LLVMDisposeMessage). */
LLVMBool LLVMGetTargetFromTriple(const char *Triple, LLVMTargetRef *T, char **ErrorMessage);
const char *LLVMGetTargetName(LLVMTargetRef T);
const char *LLVMGetTargetDescription(LLVMTargetRef T);
LLVMBool LLVMTargetHasJIT(LLVMTargetRef T);
LLVMBool LLVMTargetHasTargetMachine(LLVMTargetRef T);
LLVMBool LLVMTargetHasAsmBackend(LLVMTargetRef T);

/* The CPU and feature strings are recorded, not used; Level is the backend's 0-3. */
LLVMTargetMachineRef LLVMCreateTargetMachine(LLVMTargetRef T, const char *Triple, const char *CPU,
                                             const char *Features, LLVMCodeGenOptLevel Level,
                                             LLVMRelocMode Reloc, LLVMCodeModel CodeModel);
void LLVMDisposeTargetMachine(LLVMTargetMachineRef T);
LLVMTargetRef LLVMGetTargetMachineTarget(LLVMTargetMachineRef T);
/* These three return strings to free with LLVMDisposeMessage. */
char *LLVMGetTargetMachineTriple(LLVMTargetMachineRef T);
char *LLVMGetTargetMachineCPU(LLVMTargetMachineRef T);
char *LLVMGetTargetMachineFeatureString(LLVMTargetMachineRef T);
void LLVMSetTargetMachineAsmVerbosity(LLVMTargetMachineRef T, LLVMBool VerboseAsm);
/* The target's data layout; free with LLVMDisposeTargetData. */
LLVMTargetDataRef LLVMCreateTargetDataLayout(LLVMTargetMachineRef T);

/* Codegen must be LLVMObjectFile. 0 on success; else 1 and *ErrorMessage. */
LLVMBool LLVMTargetMachineEmitToFile(LLVMTargetMachineRef T, LLVMModuleRef M, const char *Filename,
                                     LLVMCodeGenFileType codegen, char **ErrorMessage);
LLVMBool LLVMTargetMachineEmitToMemoryBuffer(LLVMTargetMachineRef T, LLVMModuleRef M,
                                             LLVMCodeGenFileType codegen, char **ErrorMessage,
                                             LLVMMemoryBufferRef *OutMemBuf);

/* The host: its triple, CPU name and features; free each with LLVMDisposeMessage. */
char *LLVMGetDefaultTargetTriple(void);
char *LLVMNormalizeTargetTriple(const char *triple);
char *LLVMGetHostCPUName(void);
char *LLVMGetHostCPUFeatures(void);

#ifdef __cplusplus
}
#endif
