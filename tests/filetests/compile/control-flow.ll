; Control flow that is not a plain branch: computed goto through `indirectbr` with block
; addresses (relocated against the function), `unreachable`, `llvm.trap`, and a call to a
; function that never returns.
; test compile opt=0,2
; test run

define i32 @computed(i1 %c) {
entry:
  %t = select i1 %c, ptr blockaddress(@computed, %yes), ptr blockaddress(@computed, %no)
  indirectbr ptr %t, [label %yes, label %no]
yes:
  ret i32 1
no:
  ret i32 2
}
; run: @computed(true) == 1
; run: @computed(false) == 2

declare void @llvm.trap()
declare void @abort() noreturn

define i32 @guarded(i32 %x) {
entry:
  %bad = icmp slt i32 %x, 0
  br i1 %bad, label %trap, label %ok
trap:
  call void @llvm.trap()
  unreachable
ok:
  ret i32 %x
}
; run: @guarded(4) == 4

define void @give_up() {
  call void @abort()
  unreachable
}
