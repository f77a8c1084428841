/* Code models, as LLVMMCJITCompilerOptions.CodeModel takes them, and the target-machine
 * handle type. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A target machine. This library makes none (code generation is the execution engine's);
 * the type exists for functions that take one, such as LLVMRunPasses, which accept NULL. */
typedef struct LLVMOpaqueTargetMachine *LLVMTargetMachineRef;

typedef enum {
  LLVMCodeModelDefault,
  LLVMCodeModelJITDefault,
  LLVMCodeModelTiny,
  LLVMCodeModelSmall,
  LLVMCodeModelKernel,
  LLVMCodeModelMedium,
  LLVMCodeModelLarge
} LLVMCodeModel;

#ifdef __cplusplus
}
#endif
