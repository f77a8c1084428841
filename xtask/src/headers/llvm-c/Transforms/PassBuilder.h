/* The new pass manager: run an optimization pipeline on a module. The passes are this
 * library's IR optimizer (crates/jit-opt); docs/capi.md lists the pass names it runs and
 * those it accepts as no-ops. */

#include "llvm-c/Error.h"
#include "llvm-c/TargetMachine.h"
#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct LLVMOpaquePassBuilderOptions *LLVMPassBuilderOptionsRef;

/* Runs the pipeline Passes, in the syntax of `opt -passes=` ("mem2reg,instcombine",
 * "default<O2>", "function(sroa,gvn),cgscc(inline)"), on M. TM may be NULL (it is not used:
 * the passes are target-independent); Options may be NULL (defaults). Returns
 * LLVMErrorSuccess, or an error naming an unknown pass or the problem in the text (then
 * the module is unchanged). As in LLVM, `optnone` functions are left alone. A module owned
 * by an execution engine cannot be changed and is an error. */
LLVMErrorRef LLVMRunPasses(LLVMModuleRef M, const char *Passes, LLVMTargetMachineRef TM,
                           LLVMPassBuilderOptionsRef Options);

/* New options with LLVM's defaults; free with LLVMDisposePassBuilderOptions. */
LLVMPassBuilderOptionsRef LLVMCreatePassBuilderOptions(void);
/* Verify the module before the pipeline and after every pass (an error if a pass broke it). */
void LLVMPassBuilderOptionsSetVerifyEach(LLVMPassBuilderOptionsRef Options, LLVMBool VerifyEach);
/* Print each pass and its time to stderr. */
void LLVMPassBuilderOptionsSetDebugLogging(LLVMPassBuilderOptionsRef Options,
                                           LLVMBool DebugLogging);
/* Recorded; this optimizer has no loop interleaving. */
void LLVMPassBuilderOptionsSetLoopInterleaving(LLVMPassBuilderOptionsRef Options,
                                               LLVMBool LoopInterleaving);
/* Recorded; this optimizer has no loop vectorizer. */
void LLVMPassBuilderOptionsSetLoopVectorization(LLVMPassBuilderOptionsRef Options,
                                                LLVMBool LoopVectorization);
/* Recorded; this optimizer has no SLP vectorizer. */
void LLVMPassBuilderOptionsSetSLPVectorization(LLVMPassBuilderOptionsRef Options,
                                               LLVMBool SLPVectorization);
/* Recorded; this optimizer does not unroll loops. */
void LLVMPassBuilderOptionsSetLoopUnrolling(LLVMPassBuilderOptionsRef Options,
                                            LLVMBool LoopUnrolling);
/* Recorded; no effect here. */
void LLVMPassBuilderOptionsSetForgetAllSCEVInLoopUnroll(LLVMPassBuilderOptionsRef Options,
                                                        LLVMBool ForgetAllSCEVInLoopUnroll);
/* Recorded; no effect here. */
void LLVMPassBuilderOptionsSetLicmMssaOptCap(LLVMPassBuilderOptionsRef Options,
                                             unsigned LicmMssaOptCap);
/* Recorded; no effect here. */
void LLVMPassBuilderOptionsSetLicmMssaNoAccForPromotionCap(LLVMPassBuilderOptionsRef Options,
                                                           unsigned LicmMssaNoAccForPromotionCap);
/* Recorded; no effect here. */
void LLVMPassBuilderOptionsSetCallGraphProfile(LLVMPassBuilderOptionsRef Options,
                                               LLVMBool CallGraphProfile);
/* Recorded; this optimizer does not merge functions. */
void LLVMPassBuilderOptionsSetMergeFunctions(LLVMPassBuilderOptionsRef Options,
                                             LLVMBool MergeFunctions);
/* The inliner's threshold (LLVM's cost units: about 5 per instruction; default 225). */
void LLVMPassBuilderOptionsSetInlinerThreshold(LLVMPassBuilderOptionsRef Options, int Threshold);
/* Frees options made by LLVMCreatePassBuilderOptions. */
void LLVMDisposePassBuilderOptions(LLVMPassBuilderOptionsRef Options);

#ifdef __cplusplus
}
#endif
