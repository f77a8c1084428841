; ModuleID = 'packed_wide_bitfields.c'
source_filename = "packed_wide_bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"wide[%d] = %d %d %u %u %d tail=%u\0A\00", align 1
@.str.1 = private unnamed_addr constant [41 x i8] c"after: %d %d %u %d tail=%u | %d tail=%u\0A\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"wider: %x %llx %lld %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"cmp %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"mix72\00", align 1
@.str.5 = private unnamed_addr constant [21 x i8] c"i72 signs: %d %d %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"u72\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"u72>>5\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"u72/9\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"i100\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"i100 double %.6e\0A\00", align 1
@.str.11 = private unnamed_addr constant [23 x i8] c"i100 from double %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"u127\00", align 1
@.str.13 = private unnamed_addr constant [17 x i8] c"u127 float %.6e\0A\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c"max\00", align 1
@g_wide = internal unnamed_addr global [3 x { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 }] [{ i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 101, i8 -1, i8 -97, i8 94, i8 0, i8 0, i8 45, i8 -96, i8 -1, i8 7 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 3, i8 0, i8 0, i8 -64, i8 -1, i8 -1, i8 127, i8 8 }, { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 9 }], align 16
@g_wider = internal unnamed_addr global { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -85, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 100 }, align 1
@.str.17 = private unnamed_addr constant [19 x i8] c"%s %016llx%016llx\0A\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca i64, align 8
  %2 = load i72, ptr @g_wide, align 16
  %3 = shl i72 %2, 53
  %4 = ashr exact i72 %3, 53
  %5 = trunc nsw i72 %4 to i32
  %6 = shl i72 %2, 25
  %7 = ashr i72 %6, 44
  %8 = trunc nsw i72 %7 to i32
  %9 = lshr i72 %2, 47
  %10 = trunc nuw nsw i72 %9 to i32
  %11 = and i32 %10, 16383
  %12 = lshr i72 %2, 61
  %13 = trunc nuw nsw i72 %12 to i32
  %14 = and i32 %13, 3
  %15 = ashr i72 %2, 63
  %16 = trunc nsw i72 %15 to i32
  %17 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 9), align 1, !tbaa !5
  %18 = zext i8 %17 to i32
  %19 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 0, i32 noundef %5, i32 noundef %8, i32 noundef %11, i32 noundef %14, i32 noundef %16, i32 noundef %18)
  %20 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %21 = shl i72 %20, 53
  %22 = ashr exact i72 %21, 53
  %23 = trunc nsw i72 %22 to i32
  %24 = shl i72 %20, 25
  %25 = ashr i72 %24, 44
  %26 = trunc nsw i72 %25 to i32
  %27 = lshr i72 %20, 47
  %28 = trunc nuw nsw i72 %27 to i32
  %29 = and i32 %28, 16383
  %30 = lshr i72 %20, 61
  %31 = trunc nuw nsw i72 %30 to i32
  %32 = and i32 %31, 3
  %33 = ashr i72 %20, 63
  %34 = trunc nsw i72 %33 to i32
  %35 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 19), align 1, !tbaa !5
  %36 = zext i8 %35 to i32
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 1, i32 noundef %23, i32 noundef %26, i32 noundef %29, i32 noundef %32, i32 noundef %34, i32 noundef %36)
  %38 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %39 = shl i72 %38, 53
  %40 = ashr exact i72 %39, 53
  %41 = trunc nsw i72 %40 to i32
  %42 = shl i72 %38, 25
  %43 = ashr i72 %42, 44
  %44 = trunc nsw i72 %43 to i32
  %45 = lshr i72 %38, 47
  %46 = trunc nuw nsw i72 %45 to i32
  %47 = and i32 %46, 16383
  %48 = lshr i72 %38, 61
  %49 = trunc nuw nsw i72 %48 to i32
  %50 = and i32 %49, 3
  %51 = ashr i72 %38, 63
  %52 = trunc nsw i72 %51 to i32
  %53 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 29), align 1, !tbaa !5
  %54 = zext i8 %53 to i32
  %55 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef 2, i32 noundef %41, i32 noundef %44, i32 noundef %47, i32 noundef %50, i32 noundef %52, i32 noundef %54)
  %56 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %57 = load i72, ptr @g_wide, align 16
  %58 = lshr i72 %57, 19
  %59 = trunc i72 %58 to i32
  %60 = mul i32 %59, 3
  %61 = and i32 %60, 268435455
  %62 = zext nneg i32 %61 to i72
  %63 = shl nuw nsw i72 %62, 19
  %64 = and i72 %56, 6917529027641081856
  %65 = or disjoint i72 %64, 524281
  %66 = or disjoint i72 %63, %65
  %67 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %68 = lshr i72 %67, 47
  %69 = trunc nuw nsw i72 %68 to i32
  %70 = add nuw nsw i32 %69, 16383
  %71 = and i32 %70, 16383
  %72 = zext nneg i32 %71 to i72
  %73 = shl nuw nsw i72 %72, 47
  %74 = lshr i72 %57, 63
  %75 = trunc nuw nsw i72 %74 to i32
  %76 = add nuw nsw i32 %75, 412
  %77 = and i32 %76, 511
  %78 = zext nneg i32 %77 to i72
  %79 = shl nuw i72 %78, 63
  %80 = or disjoint i72 %66, %73
  %81 = or disjoint i72 %80, %79
  store i72 %81, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %82 = lshr i72 %67, 19
  %83 = trunc i72 %82 to i32
  %84 = add i32 %83, 5
  %85 = and i32 %84, 268435455
  %86 = zext nneg i32 %85 to i72
  %87 = shl nuw nsw i72 %86, 19
  %88 = and i72 %67, -140737487831041
  %89 = or disjoint i72 %87, %88
  store i72 %89, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %90 = shl nuw i72 %62, 44
  %91 = ashr exact i72 %90, 44
  %92 = trunc nsw i72 %91 to i32
  %93 = ashr exact i72 %79, 63
  %94 = trunc nsw i72 %93 to i32
  %95 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 29), align 1, !tbaa !5
  %96 = zext i8 %95 to i32
  %97 = shl nuw i72 %86, 44
  %98 = ashr exact i72 %97, 44
  %99 = trunc nsw i72 %98 to i32
  %100 = load i8, ptr getelementptr inbounds (i8, ptr @g_wide, i64 19), align 1, !tbaa !5
  %101 = zext i8 %100 to i32
  %102 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i32 noundef -7, i32 noundef %92, i32 noundef %71, i32 noundef %94, i32 noundef %96, i32 noundef %99, i32 noundef %101)
  %103 = load i8, ptr @g_wider, align 1, !tbaa !10
  %104 = zext i8 %103 to i32
  %105 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %106 = zext i40 %105 to i64
  %107 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 1
  %108 = sext i40 %107 to i64
  %109 = load i8, ptr getelementptr inbounds (i8, ptr @g_wider, i64 11), align 1
  %110 = and i8 %109, 127
  %111 = zext nneg i8 %110 to i32
  %112 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %104, i64 noundef %106, i64 noundef %108, i32 noundef %111)
  %113 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 1
  %114 = sdiv i40 %113, 3
  %115 = add nsw i40 %114, 1
  store i40 %115, ptr getelementptr inbounds (i8, ptr @g_wider, i64 6), align 1
  %116 = load i40, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %117 = xor i40 %116, 4886718345
  store i40 %117, ptr getelementptr inbounds (i8, ptr @g_wider, i64 1), align 1
  %118 = load i8, ptr @g_wider, align 1, !tbaa !10
  %119 = zext i8 %118 to i32
  %120 = zext i40 %117 to i64
  %121 = sext i40 %115 to i64
  %122 = load i8, ptr getelementptr inbounds (i8, ptr @g_wider, i64 11), align 1
  %123 = and i8 %122, 127
  %124 = zext nneg i8 %123 to i32
  %125 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %119, i64 noundef %120, i64 noundef %121, i32 noundef %124)
  %126 = load i72, ptr @g_wide, align 16
  %127 = shl i72 %126, 25
  %128 = ashr i72 %127, 44
  %129 = trunc nsw i72 %128 to i32
  %130 = lshr i72 %126, 47
  %131 = trunc nuw nsw i72 %130 to i32
  %132 = and i32 %131, 16383
  %133 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 10), align 2
  %134 = shl i72 %133, 25
  %135 = ashr i72 %134, 44
  %136 = trunc nsw i72 %135 to i32
  %137 = icmp slt i32 %129, %136
  %138 = zext i1 %137 to i32
  %139 = lshr i72 %133, 47
  %140 = trunc nuw nsw i72 %139 to i32
  %141 = and i32 %140, 16383
  %142 = icmp ugt i32 %132, %141
  %143 = zext i1 %142 to i32
  %144 = add nuw nsw i32 %138, %143
  %145 = mul nuw nsw i32 %144, 3
  %146 = load i72, ptr getelementptr inbounds (i8, ptr @g_wide, i64 20), align 4
  %147 = shl i72 %146, 25
  %148 = ashr i72 %147, 44
  %149 = trunc nsw i72 %148 to i32
  %150 = icmp slt i32 %129, %149
  %151 = zext i1 %150 to i32
  %152 = add nuw nsw i32 %145, %151
  %153 = lshr i72 %146, 47
  %154 = trunc nuw nsw i72 %153 to i32
  %155 = and i32 %154, 16383
  %156 = icmp ugt i32 %132, %155
  %157 = zext i1 %156 to i32
  %158 = add nuw nsw i32 %152, %157
  %159 = mul nuw nsw i32 %158, 3
  %160 = icmp slt i32 %136, %129
  %161 = zext i1 %160 to i32
  %162 = add nuw nsw i32 %159, %161
  %163 = icmp ugt i32 %141, %132
  %164 = zext i1 %163 to i32
  %165 = add nuw nsw i32 %162, %164
  %166 = mul nuw nsw i32 %165, 9
  %167 = icmp slt i32 %136, %149
  %168 = zext i1 %167 to i32
  %169 = add nuw nsw i32 %166, %168
  %170 = icmp ugt i32 %141, %155
  %171 = zext i1 %170 to i32
  %172 = add nuw nsw i32 %169, %171
  %173 = mul nuw nsw i32 %172, 3
  %174 = icmp slt i32 %149, %129
  %175 = zext i1 %174 to i32
  %176 = add nuw nsw i32 %173, %175
  %177 = icmp ugt i32 %155, %132
  %178 = zext i1 %177 to i32
  %179 = add nuw nsw i32 %176, %178
  %180 = mul nuw nsw i32 %179, 3
  %181 = icmp slt i32 %149, %136
  %182 = zext i1 %181 to i32
  %183 = add nuw nsw i32 %180, %182
  %184 = icmp ugt i32 %155, %141
  %185 = zext i1 %184 to i32
  %186 = add nuw nsw i32 %183, %185
  %187 = mul nuw nsw i32 %186, 3
  %188 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, i32 noundef %187)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1)
  store volatile i64 -123456789, ptr %1, align 8, !tbaa !13
  %189 = load volatile i64, ptr %1, align 8, !tbaa !13
  %190 = sext i64 %189 to i72
  %191 = mul nsw i72 %190, 1000003
  %192 = sext i72 %191 to i128
  %193 = trunc i72 %191 to i64
  %194 = lshr i128 %192, 64
  %195 = trunc nuw i128 %194 to i64
  %196 = tail call fastcc { i64, i64 } @mix72(i64 noundef %193, i64 noundef %195)
  %197 = extractvalue { i64, i64 } %196, 0
  %198 = extractvalue { i64, i64 } %196, 1
  %199 = zext i64 %198 to i72
  %200 = shl i72 %199, 64
  %201 = zext i64 %197 to i72
  %202 = or disjoint i72 %200, %201
  %203 = and i64 %198, 255
  %204 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.4, i64 noundef %203, i64 noundef %197)
  %205 = icmp slt i64 %189, -987
  %206 = zext i1 %205 to i32
  %207 = lshr i72 %200, 71
  %208 = trunc nuw nsw i72 %207 to i32
  %209 = icmp ugt i72 %191, -1180591620717411303425
  %210 = zext i1 %209 to i32
  %211 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %206, i32 noundef %208, i32 noundef %210)
  %212 = lshr i72 %191, 64
  %213 = trunc nuw nsw i72 %212 to i64
  %214 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.6, i64 noundef %213, i64 noundef %193)
  %215 = lshr i72 %191, 5
  %216 = trunc i72 %215 to i64
  %217 = lshr i72 %191, 69
  %218 = trunc nuw nsw i72 %217 to i64
  %219 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.7, i64 noundef %218, i64 noundef %216)
  %220 = udiv i72 %191, 9
  %221 = trunc i72 %220 to i64
  %222 = lshr i72 %220, 64
  %223 = trunc nuw nsw i72 %222 to i64
  %224 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.8, i64 noundef %223, i64 noundef %221)
  %225 = sext i72 %191 to i100
  %226 = mul nsw i100 %225, -987654321
  %227 = trunc i100 %226 to i64
  %228 = lshr i100 %226, 64
  %229 = trunc nuw nsw i100 %228 to i64
  %230 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.9, i64 noundef %229, i64 noundef %227)
  %231 = sitofp i100 %226 to double
  %232 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.10, double noundef %231)
  %233 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.11, i64 noundef -150000000000000)
  %234 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.12, i64 noundef 6148914691236517205, i64 noundef 6148914691236517205)
  %235 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, double noundef 0x47D5555555555555)
  %236 = load volatile i64, ptr %1, align 8, !tbaa !13
  %237 = tail call i72 @llvm.smax.i72(i72 %191, i72 %202)
  %238 = sext i64 %236 to i72
  %239 = tail call i72 @llvm.smax.i72(i72 %237, i72 %238)
  %240 = tail call i72 @llvm.smax.i72(i72 %239, i72 -987654321)
  %241 = trunc i72 %240 to i64
  %242 = lshr i72 %240, 64
  %243 = trunc nuw nsw i72 %242 to i64
  %244 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.17, ptr noundef nonnull @.str.14, i64 noundef %243, i64 noundef %241)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1)
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define internal fastcc { i64, i64 } @mix72(i64 noundef %0, i64 noundef %1) unnamed_addr #3 {
  %3 = alloca i72, align 16
  %4 = zext i64 %1 to i72
  %5 = shl i72 %4, 64
  %6 = zext i64 %0 to i72
  %7 = or disjoint i72 %5, %6
  %8 = mul nsw i72 %7, -987654321
  %9 = ashr i72 %7, 3
  %10 = add nsw i72 %9, 31604938272
  %11 = add i72 %10, %8
  %12 = sdiv i72 %11, 7
  %13 = srem i72 %11, 1000
  %14 = add nsw i72 %12, %13
  store i72 %14, ptr %3, align 16
  %15 = trunc i72 %14 to i64
  %16 = insertvalue { i64, i64 } poison, i64 %15, 0
  %17 = getelementptr inbounds i8, ptr %3, i64 8
  %18 = load i64, ptr %17, align 8
  %19 = insertvalue { i64, i64 } %16, i64 %18, 1
  ret { i64, i64 } %19
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i72 @llvm.smax.i72(i72, i72) #4

attributes #0 = { nofree nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !8, i64 9}
!6 = !{!"Wide", !7, i64 0, !7, i64 2, !7, i64 5, !7, i64 7, !7, i64 7, !8, i64 9}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !8, i64 0}
!11 = !{!"Wider", !8, i64 0, !12, i64 1, !12, i64 6, !7, i64 11}
!12 = !{!"long long", !8, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !8, i64 0}
