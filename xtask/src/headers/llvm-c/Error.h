/* Errors as LLVM-C's new APIs (LLVMRunPasses) return them: an opaque error object, or
 * LLVMErrorSuccess (NULL) for success. An error must be consumed exactly once: by
 * LLVMGetErrorMessage (which returns its message and frees the error) or LLVMConsumeError. */

#ifdef __cplusplus
extern "C" {
#endif

#define LLVMErrorSuccess 0

typedef struct LLVMOpaqueError *LLVMErrorRef;

/* Identifies the kind of an error; every error of this library is a string error. */
typedef const void *LLVMErrorTypeId;

/* The kind of Err (which is not consumed). */
LLVMErrorTypeId LLVMGetErrorTypeId(LLVMErrorRef Err);
/* Frees Err without looking at it. */
void LLVMConsumeError(LLVMErrorRef Err);
/* The message of Err, to free with LLVMDisposeErrorMessage; consumes Err. */
char *LLVMGetErrorMessage(LLVMErrorRef Err);
/* Frees a message returned by LLVMGetErrorMessage. */
void LLVMDisposeErrorMessage(char *ErrMsg);
/* The kind of the errors LLVMCreateStringError makes (and of every error here). */
LLVMErrorTypeId LLVMGetStringErrorTypeId(void);
/* A new error holding a copy of ErrMsg. */
LLVMErrorRef LLVMCreateStringError(const char *ErrMsg);

#ifdef __cplusplus
}
#endif
