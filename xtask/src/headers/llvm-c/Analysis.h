/* The verifier. */

#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
  LLVMAbortProcessAction, /* print the problems to stderr, then abort() */
  LLVMPrintMessageAction, /* print the problems to stderr, return 1 */
  LLVMReturnStatusAction  /* only return 1 (and the message) */
} LLVMVerifierFailureAction;

/* 1 when the module is malformed. A non-NULL OutMessage always receives a message (empty
 * for a valid module) to free with LLVMDisposeMessage. */
LLVMBool LLVMVerifyModule(LLVMModuleRef M, LLVMVerifierFailureAction Action, char **OutMessage);
/* 1 when the function is malformed. */
LLVMBool LLVMVerifyFunction(LLVMValueRef Fn, LLVMVerifierFailureAction Action);

#ifdef __cplusplus
}
#endif
