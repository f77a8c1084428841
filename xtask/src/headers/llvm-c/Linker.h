/* Linking modules, as llvm-link does. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  LLVMLinkerDestroySource = 0,
  LLVMLinkerPreserveSource_Removed = 1
} LLVMLinkerMode;

/* Links Src into Dest and destroys Src (also on failure). Symbols resolve by linkage; appending
 * globals (llvm.global_ctors, ...) are concatenated; local symbols are renamed apart. Returns
 * 0 on success, 1 on error (message kept for JitGetLastErrorMessage). */
LLVMBool LLVMLinkModules2(LLVMModuleRef Dest, LLVMModuleRef Src);

#ifdef __cplusplus
}
#endif
