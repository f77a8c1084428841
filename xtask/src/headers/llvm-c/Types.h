/* The handle types shared by every llvm-c header. Each handle is an opaque pointer to an
 * object of libjit_capi; see crates/jit-capi/src/handles.rs for what each one owns and how
 * long it stays valid (as in LLVM: types and constants live with their context, values and
 * blocks with their module). */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An int used as a boolean; as a status, 0 means success. */
typedef int LLVMBool;

typedef struct LLVMOpaqueContext *LLVMContextRef;
typedef struct LLVMOpaqueModule *LLVMModuleRef;
typedef struct LLVMOpaqueType *LLVMTypeRef;
typedef struct LLVMOpaqueValue *LLVMValueRef;
typedef struct LLVMOpaqueBasicBlock *LLVMBasicBlockRef;
typedef struct LLVMOpaqueBuilder *LLVMBuilderRef;
typedef struct LLVMOpaqueMemoryBuffer *LLVMMemoryBufferRef;
typedef struct LLVMOpaqueJITEventListener *LLVMJITEventListenerRef;

#ifdef __cplusplus
}
#endif
