/* Execution engines: the native MCJIT-style engine and the interpreter. An engine owns the
 * modules given to it and its memory manager, and frees them when disposed. Code is
 * finalized (generated, relocated, made executable) implicitly, once, on first use. */

#include "llvm-c/Target.h"
#include "llvm-c/TargetMachine.h"
#include "llvm-c/Types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Nothing to do: both engines are always linked in. */
void LLVMLinkInMCJIT(void);
void LLVMLinkInInterpreter(void);

typedef struct LLVMOpaqueGenericValue *LLVMGenericValueRef;
typedef struct LLVMOpaqueExecutionEngine *LLVMExecutionEngineRef;
typedef struct LLVMOpaqueMCJITMemoryManager *LLVMMCJITMemoryManagerRef;

struct LLVMMCJITCompilerOptions {
  unsigned OptLevel;
  LLVMCodeModel CodeModel;
  LLVMBool NoFramePointerElim;
  LLVMBool EnableFastISel;
  LLVMMCJITMemoryManagerRef MCJMM;
};

/* ---- generic values ---- */
LLVMGenericValueRef LLVMCreateGenericValueOfInt(LLVMTypeRef Ty, unsigned long long N, LLVMBool IsSigned);
LLVMGenericValueRef LLVMCreateGenericValueOfPointer(void *P);
LLVMGenericValueRef LLVMCreateGenericValueOfFloat(LLVMTypeRef Ty, double N);
unsigned LLVMGenericValueIntWidth(LLVMGenericValueRef GenValRef);
unsigned long long LLVMGenericValueToInt(LLVMGenericValueRef GenVal, LLVMBool IsSigned);
void *LLVMGenericValueToPointer(LLVMGenericValueRef GenVal);
double LLVMGenericValueToFloat(LLVMTypeRef TyRef, LLVMGenericValueRef GenVal);
void LLVMDisposeGenericValue(LLVMGenericValueRef GenVal);

/* ---- making engines: 0 on success; on failure 1 and *OutError (free with
 * LLVMDisposeMessage). Each takes ownership of the module, also on failure. ---- */
/* The native engine when available, else the interpreter. */
LLVMBool LLVMCreateExecutionEngineForModule(LLVMExecutionEngineRef *OutEE, LLVMModuleRef M, char **OutError);
LLVMBool LLVMCreateInterpreterForModule(LLVMExecutionEngineRef *OutInterp, LLVMModuleRef M, char **OutError);
LLVMBool LLVMCreateJITCompilerForModule(LLVMExecutionEngineRef *OutJIT, LLVMModuleRef M, unsigned OptLevel,
                                        char **OutError);
/* Fills the first SizeOfOptions bytes with the defaults (zeros, CodeModel JITDefault). */
void LLVMInitializeMCJITCompilerOptions(struct LLVMMCJITCompilerOptions *Options, size_t SizeOfOptions);
/* SizeOfOptions is sizeof(struct LLVMMCJITCompilerOptions) as the caller was compiled with:
 * a smaller (older) struct gets defaults for the missing fields; a larger one is refused
 * (header and library do not match; the module and manager are then not taken). The engine
 * takes Options->MCJMM. */
LLVMBool LLVMCreateMCJITCompilerForModule(LLVMExecutionEngineRef *OutJIT, LLVMModuleRef M,
                                          struct LLVMMCJITCompilerOptions *Options, size_t SizeOfOptions,
                                          char **OutError);
void LLVMDisposeExecutionEngine(LLVMExecutionEngineRef EE);

/* ---- running code; errors are kept for LLVMExecutionEngineGetErrMsg ---- */
void LLVMRunStaticConstructors(LLVMExecutionEngineRef EE);
void LLVMRunStaticDestructors(LLVMExecutionEngineRef EE);
/* F must be main. Returns the exit code, or -1 after an error. */
int LLVMRunFunctionAsMain(LLVMExecutionEngineRef EE, LLVMValueRef F, unsigned ArgC, const char *const *ArgV,
                          const char *const *EnvP);
/* NULL after an error. */
LLVMGenericValueRef LLVMRunFunction(LLVMExecutionEngineRef EE, LLVMValueRef F, unsigned NumArgs,
                                    LLVMGenericValueRef *Args);
void LLVMFreeMachineCodeForFunction(LLVMExecutionEngineRef EE, LLVMValueRef F);

/* ---- modules and symbols ---- */
void LLVMAddModule(LLVMExecutionEngineRef EE, LLVMModuleRef M);
LLVMBool LLVMRemoveModule(LLVMExecutionEngineRef EE, LLVMModuleRef M, LLVMModuleRef *OutMod, char **OutError);
/* 0 when found. */
LLVMBool LLVMFindFunction(LLVMExecutionEngineRef EE, const char *Name, LLVMValueRef *OutFn);
/* Owned by the engine. */
LLVMTargetDataRef LLVMGetExecutionEngineTargetData(LLVMExecutionEngineRef EE);
void LLVMAddGlobalMapping(LLVMExecutionEngineRef EE, LLVMValueRef Global, void *Addr);
void *LLVMGetPointerToGlobal(LLVMExecutionEngineRef EE, LLVMValueRef Global);
/* 0 when not found. */
uint64_t LLVMGetGlobalValueAddress(LLVMExecutionEngineRef EE, const char *Name);
uint64_t LLVMGetFunctionAddress(LLVMExecutionEngineRef EE, const char *Name);
/* 1 and the last error (then cleared), or 0 when there is none. */
LLVMBool LLVMExecutionEngineGetErrMsg(LLVMExecutionEngineRef EE, char **OutError);

/* ---- client memory managers ---- */
typedef uint8_t *(*LLVMMemoryManagerAllocateCodeSectionCallback)(void *Opaque, uintptr_t Size, unsigned Alignment,
                                                                 unsigned SectionID, const char *SectionName);
typedef uint8_t *(*LLVMMemoryManagerAllocateDataSectionCallback)(void *Opaque, uintptr_t Size, unsigned Alignment,
                                                                 unsigned SectionID, const char *SectionName,
                                                                 LLVMBool IsReadOnly);
/* 0 = success; on failure *ErrMsg may receive a malloc'd message (the library frees it). */
typedef LLVMBool (*LLVMMemoryManagerFinalizeMemoryCallback)(void *Opaque, char **ErrMsg);
typedef void (*LLVMMemoryManagerDestroyCallback)(void *Opaque);

/* NULL if any callback is NULL. Destroy is called exactly once, when the manager is freed
 * (by the engine that took it, or by LLVMDisposeMCJITMemoryManager). */
LLVMMCJITMemoryManagerRef LLVMCreateSimpleMCJITMemoryManager(
    void *Opaque, LLVMMemoryManagerAllocateCodeSectionCallback AllocateCodeSection,
    LLVMMemoryManagerAllocateDataSectionCallback AllocateDataSection,
    LLVMMemoryManagerFinalizeMemoryCallback FinalizeMemory, LLVMMemoryManagerDestroyCallback Destroy);
void LLVMDisposeMCJITMemoryManager(LLVMMCJITMemoryManagerRef MM);

/* ---- JIT event listeners: process-wide, never disposed; attach one to an engine with
 * JitRegisterEventListener (jit.h). The perf listener writes a perf jitdump file
 * (jit-<pid>.dump in $JITDUMPDIR, else ~/.debug/jit) for `perf inject --jit`; NULL when the
 * file cannot be made. The others are NULL in this build, as from an LLVM built without
 * them. ---- */
LLVMJITEventListenerRef LLVMCreateGDBRegistrationListener(void);
LLVMJITEventListenerRef LLVMCreateIntelJITEventListener(void);
LLVMJITEventListenerRef LLVMCreateOProfileJITEventListener(void);
LLVMJITEventListenerRef LLVMCreatePerfJITEventListener(void);

#ifdef __cplusplus
}
#endif
