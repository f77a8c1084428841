; test opt simplifycfg
; Blocks whose address is taken stay, with their edges: computed goto (indirectbr) must
; still find them. A blockaddress that is known folds to a direct branch.
; run: @dispatch(0) == 1
; run: @dispatch(1) == 2

@targets = internal constant [2 x ptr] [ptr blockaddress(@dispatch, %first), ptr blockaddress(@dispatch, %second)]

define i32 @dispatch(i32 %i) {
entry:
  %idx = sext i32 %i to i64
  %slot = getelementptr inbounds [2 x ptr], ptr @targets, i64 0, i64 %idx
  %t = load ptr, ptr %slot
  indirectbr ptr %t, [label %first, label %second]

first:
  br label %out1

out1:
  ret i32 1

second:
  indirectbr ptr blockaddress(@dispatch, %out2), [label %out2, label %first]

out2:
  ret i32 2
}
