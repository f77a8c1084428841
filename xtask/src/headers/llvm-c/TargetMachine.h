/* Code models, as LLVMMCJITCompilerOptions.CodeModel takes them. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

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
