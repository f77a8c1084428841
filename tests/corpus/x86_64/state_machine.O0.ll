; ModuleID = 'state_machine.c'
source_filename = "state_machine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Token = type { i32, i64, [24 x i8] }

@main.inputs = internal constant [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str = private unnamed_addr constant [10 x i8] c"1 + 2 * 3\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"(1 + 2) * 3\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"abc * 2 - \22hi\\n\22\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"-(4 - 10) * -2 / 3\00", align 1
@.str.4 = private unnamed_addr constant [20 x i8] c"x_1 + 100 / (7 - 2)\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"12 $ 4\00", align 1
@.str.6 = private unnamed_addr constant [14 x i8] c"\22unterminated\00", align 1
@main.kinds = internal constant [6 x ptr] [ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11, ptr @.str.12], align 16
@.str.7 = private unnamed_addr constant [4 x i8] c"num\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"ident\00", align 1
@.str.9 = private unnamed_addr constant [3 x i8] c"op\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"err\00", align 1
@.str.13 = private unnamed_addr constant [9 x i8] c"%-24s ->\00", align 1
@.str.14 = private unnamed_addr constant [4 x i8] c" %s\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"(%ld)\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"(%s)\00", align 1
@.str.17 = private unnamed_addr constant [11 x i8] c" => error\0A\00", align 1
@cur = internal global ptr null, align 8
@.str.18 = private unnamed_addr constant [9 x i8] c" => %ld\0A\00", align 1
@.str.19 = private unnamed_addr constant [7 x i8] c"+-*/()\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [32 x %struct.Token], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %82, %0
  %7 = load i32, ptr %2, align 4
  %8 = zext i32 %7 to i64
  %9 = icmp ult i64 %8, 7
  br i1 %9, label %10, label %85

10:                                               ; preds = %6
  %11 = load i32, ptr %2, align 4
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [7 x ptr], ptr @main.inputs, i64 0, i64 %12
  %14 = load ptr, ptr %13, align 8
  %15 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 0
  %16 = call i32 @lex(ptr noundef %14, ptr noundef %15, i32 noundef 32)
  store i32 %16, ptr %4, align 4
  %17 = load i32, ptr %2, align 4
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds [7 x ptr], ptr @main.inputs, i64 0, i64 %18
  %20 = load ptr, ptr %19, align 8
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, ptr noundef %20)
  store i32 0, ptr %5, align 4
  br label %22

22:                                               ; preds = %65, %10
  %23 = load i32, ptr %5, align 4
  %24 = load i32, ptr %4, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %68

26:                                               ; preds = %22
  %27 = load i32, ptr %5, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %28
  %30 = getelementptr inbounds %struct.Token, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %30, align 8
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds [6 x ptr], ptr @main.kinds, i64 0, i64 %32
  %34 = load ptr, ptr %33, align 8
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, ptr noundef %34)
  %36 = load i32, ptr %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %37
  %39 = getelementptr inbounds %struct.Token, ptr %38, i32 0, i32 0
  %40 = load i32, ptr %39, align 8
  %41 = icmp eq i32 %40, 0
  br i1 %41, label %42, label %49

42:                                               ; preds = %26
  %43 = load i32, ptr %5, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %44
  %46 = getelementptr inbounds %struct.Token, ptr %45, i32 0, i32 1
  %47 = load i64, ptr %46, align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, i64 noundef %47)
  br label %64

49:                                               ; preds = %26
  %50 = load i32, ptr %5, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %51
  %53 = getelementptr inbounds %struct.Token, ptr %52, i32 0, i32 0
  %54 = load i32, ptr %53, align 8
  %55 = icmp ne i32 %54, 4
  br i1 %55, label %56, label %63

56:                                               ; preds = %49
  %57 = load i32, ptr %5, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %58
  %60 = getelementptr inbounds %struct.Token, ptr %59, i32 0, i32 2
  %61 = getelementptr inbounds [24 x i8], ptr %60, i64 0, i64 0
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, ptr noundef %61)
  br label %63

63:                                               ; preds = %56, %49
  br label %64

64:                                               ; preds = %63, %42
  br label %65

65:                                               ; preds = %64
  %66 = load i32, ptr %5, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %5, align 4
  br label %22, !llvm.loop !6

68:                                               ; preds = %22
  %69 = load i32, ptr %4, align 4
  %70 = sub nsw i32 %69, 1
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 %71
  %73 = getelementptr inbounds %struct.Token, ptr %72, i32 0, i32 0
  %74 = load i32, ptr %73, align 8
  %75 = icmp eq i32 %74, 5
  br i1 %75, label %76, label %78

76:                                               ; preds = %68
  %77 = call i32 (ptr, ...) @printf(ptr noundef @.str.17)
  br label %82

78:                                               ; preds = %68
  %79 = getelementptr inbounds [32 x %struct.Token], ptr %3, i64 0, i64 0
  store ptr %79, ptr @cur, align 8
  %80 = call i64 @expr()
  %81 = call i32 (ptr, ...) @printf(ptr noundef @.str.18, i64 noundef %80)
  br label %82

82:                                               ; preds = %78, %76
  %83 = load i32, ptr %2, align 4
  %84 = add i32 %83, 1
  store i32 %84, ptr %2, align 4
  br label %6, !llvm.loop !8

85:                                               ; preds = %6
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @lex(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 0, ptr %8, align 4
  %13 = load ptr, ptr %5, align 8
  store ptr %13, ptr %9, align 8
  br label %14

14:                                               ; preds = %252, %3
  %15 = load i32, ptr %8, align 4
  %16 = load i32, ptr %7, align 4
  %17 = sub nsw i32 %16, 1
  %18 = icmp slt i32 %15, %17
  br i1 %18, label %19, label %255

19:                                               ; preds = %14
  br label %20

20:                                               ; preds = %25, %19
  %21 = load ptr, ptr %9, align 8
  %22 = load i8, ptr %21, align 1
  %23 = sext i8 %22 to i32
  %24 = icmp eq i32 %23, 32
  br i1 %24, label %25, label %28

25:                                               ; preds = %20
  %26 = load ptr, ptr %9, align 8
  %27 = getelementptr inbounds i8, ptr %26, i32 1
  store ptr %27, ptr %9, align 8
  br label %20, !llvm.loop !9

28:                                               ; preds = %20
  %29 = load ptr, ptr %6, align 8
  %30 = load i32, ptr %8, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds %struct.Token, ptr %29, i64 %31
  store ptr %32, ptr %10, align 8
  %33 = load ptr, ptr %10, align 8
  call void @llvm.memset.p0.i64(ptr align 8 %33, i8 0, i64 40, i1 false)
  %34 = load ptr, ptr %9, align 8
  %35 = load i8, ptr %34, align 1
  %36 = icmp ne i8 %35, 0
  br i1 %36, label %42, label %37

37:                                               ; preds = %28
  %38 = load ptr, ptr %10, align 8
  %39 = getelementptr inbounds %struct.Token, ptr %38, i32 0, i32 0
  store i32 4, ptr %39, align 8
  %40 = load i32, ptr %8, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %263

42:                                               ; preds = %28
  %43 = load ptr, ptr %9, align 8
  %44 = load i8, ptr %43, align 1
  %45 = sext i8 %44 to i32
  %46 = icmp sge i32 %45, 48
  br i1 %46, label %47, label %82

47:                                               ; preds = %42
  %48 = load ptr, ptr %9, align 8
  %49 = load i8, ptr %48, align 1
  %50 = sext i8 %49 to i32
  %51 = icmp sle i32 %50, 57
  br i1 %51, label %52, label %82

52:                                               ; preds = %47
  %53 = load ptr, ptr %10, align 8
  %54 = getelementptr inbounds %struct.Token, ptr %53, i32 0, i32 0
  store i32 0, ptr %54, align 8
  br label %55

55:                                               ; preds = %67, %52
  %56 = load ptr, ptr %9, align 8
  %57 = load i8, ptr %56, align 1
  %58 = sext i8 %57 to i32
  %59 = icmp sge i32 %58, 48
  br i1 %59, label %60, label %65

60:                                               ; preds = %55
  %61 = load ptr, ptr %9, align 8
  %62 = load i8, ptr %61, align 1
  %63 = sext i8 %62 to i32
  %64 = icmp sle i32 %63, 57
  br label %65

65:                                               ; preds = %60, %55
  %66 = phi i1 [ false, %55 ], [ %64, %60 ]
  br i1 %66, label %67, label %81

67:                                               ; preds = %65
  %68 = load ptr, ptr %10, align 8
  %69 = getelementptr inbounds %struct.Token, ptr %68, i32 0, i32 1
  %70 = load i64, ptr %69, align 8
  %71 = mul nsw i64 %70, 10
  %72 = load ptr, ptr %9, align 8
  %73 = getelementptr inbounds i8, ptr %72, i32 1
  store ptr %73, ptr %9, align 8
  %74 = load i8, ptr %72, align 1
  %75 = sext i8 %74 to i32
  %76 = sub nsw i32 %75, 48
  %77 = sext i32 %76 to i64
  %78 = add nsw i64 %71, %77
  %79 = load ptr, ptr %10, align 8
  %80 = getelementptr inbounds %struct.Token, ptr %79, i32 0, i32 1
  store i64 %78, ptr %80, align 8
  br label %55, !llvm.loop !10

81:                                               ; preds = %65
  br label %252

82:                                               ; preds = %47, %42
  %83 = load ptr, ptr %9, align 8
  %84 = load i8, ptr %83, align 1
  %85 = sext i8 %84 to i32
  %86 = icmp sge i32 %85, 97
  br i1 %86, label %87, label %92

87:                                               ; preds = %82
  %88 = load ptr, ptr %9, align 8
  %89 = load i8, ptr %88, align 1
  %90 = sext i8 %89 to i32
  %91 = icmp sle i32 %90, 122
  br i1 %91, label %97, label %92

92:                                               ; preds = %87, %82
  %93 = load ptr, ptr %9, align 8
  %94 = load i8, ptr %93, align 1
  %95 = sext i8 %94 to i32
  %96 = icmp eq i32 %95, 95
  br i1 %96, label %97, label %141

97:                                               ; preds = %92, %87
  %98 = load ptr, ptr %10, align 8
  %99 = getelementptr inbounds %struct.Token, ptr %98, i32 0, i32 0
  store i32 1, ptr %99, align 8
  store i32 0, ptr %11, align 4
  br label %100

100:                                              ; preds = %130, %97
  %101 = load ptr, ptr %9, align 8
  %102 = load i8, ptr %101, align 1
  %103 = sext i8 %102 to i32
  %104 = icmp sge i32 %103, 97
  br i1 %104, label %105, label %110

105:                                              ; preds = %100
  %106 = load ptr, ptr %9, align 8
  %107 = load i8, ptr %106, align 1
  %108 = sext i8 %107 to i32
  %109 = icmp sle i32 %108, 122
  br i1 %109, label %125, label %110

110:                                              ; preds = %105, %100
  %111 = load ptr, ptr %9, align 8
  %112 = load i8, ptr %111, align 1
  %113 = sext i8 %112 to i32
  %114 = icmp eq i32 %113, 95
  br i1 %114, label %125, label %115

115:                                              ; preds = %110
  %116 = load ptr, ptr %9, align 8
  %117 = load i8, ptr %116, align 1
  %118 = sext i8 %117 to i32
  %119 = icmp sge i32 %118, 48
  br i1 %119, label %120, label %128

120:                                              ; preds = %115
  %121 = load ptr, ptr %9, align 8
  %122 = load i8, ptr %121, align 1
  %123 = sext i8 %122 to i32
  %124 = icmp sle i32 %123, 57
  br i1 %124, label %125, label %128

125:                                              ; preds = %120, %110, %105
  %126 = load i32, ptr %11, align 4
  %127 = icmp slt i32 %126, 23
  br label %128

128:                                              ; preds = %125, %120, %115
  %129 = phi i1 [ false, %120 ], [ false, %115 ], [ %127, %125 ]
  br i1 %129, label %130, label %140

130:                                              ; preds = %128
  %131 = load ptr, ptr %9, align 8
  %132 = getelementptr inbounds i8, ptr %131, i32 1
  store ptr %132, ptr %9, align 8
  %133 = load i8, ptr %131, align 1
  %134 = load ptr, ptr %10, align 8
  %135 = getelementptr inbounds %struct.Token, ptr %134, i32 0, i32 2
  %136 = load i32, ptr %11, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %11, align 4
  %138 = sext i32 %136 to i64
  %139 = getelementptr inbounds [24 x i8], ptr %135, i64 0, i64 %138
  store i8 %133, ptr %139, align 1
  br label %100, !llvm.loop !11

140:                                              ; preds = %128
  br label %251

141:                                              ; preds = %92
  %142 = load ptr, ptr %9, align 8
  %143 = load i8, ptr %142, align 1
  %144 = sext i8 %143 to i32
  %145 = icmp eq i32 %144, 34
  br i1 %145, label %146, label %224

146:                                              ; preds = %141
  %147 = load ptr, ptr %10, align 8
  %148 = getelementptr inbounds %struct.Token, ptr %147, i32 0, i32 0
  store i32 3, ptr %148, align 8
  store i32 0, ptr %12, align 4
  %149 = load ptr, ptr %9, align 8
  %150 = getelementptr inbounds i8, ptr %149, i32 1
  store ptr %150, ptr %9, align 8
  br label %151

151:                                              ; preds = %210, %146
  %152 = load ptr, ptr %9, align 8
  %153 = load i8, ptr %152, align 1
  %154 = sext i8 %153 to i32
  %155 = icmp ne i32 %154, 0
  br i1 %155, label %156, label %164

156:                                              ; preds = %151
  %157 = load ptr, ptr %9, align 8
  %158 = load i8, ptr %157, align 1
  %159 = sext i8 %158 to i32
  %160 = icmp ne i32 %159, 34
  br i1 %160, label %161, label %164

161:                                              ; preds = %156
  %162 = load i32, ptr %12, align 4
  %163 = icmp slt i32 %162, 23
  br label %164

164:                                              ; preds = %161, %156, %151
  %165 = phi i1 [ false, %156 ], [ false, %151 ], [ %163, %161 ]
  br i1 %165, label %166, label %211

166:                                              ; preds = %164
  %167 = load ptr, ptr %9, align 8
  %168 = load i8, ptr %167, align 1
  %169 = sext i8 %168 to i32
  %170 = icmp eq i32 %169, 92
  br i1 %170, label %171, label %200

171:                                              ; preds = %166
  %172 = load ptr, ptr %9, align 8
  %173 = getelementptr inbounds i8, ptr %172, i64 1
  %174 = load i8, ptr %173, align 1
  %175 = sext i8 %174 to i32
  %176 = icmp ne i32 %175, 0
  br i1 %176, label %177, label %200

177:                                              ; preds = %171
  %178 = load ptr, ptr %9, align 8
  %179 = getelementptr inbounds i8, ptr %178, i32 1
  store ptr %179, ptr %9, align 8
  %180 = load ptr, ptr %9, align 8
  %181 = load i8, ptr %180, align 1
  %182 = sext i8 %181 to i32
  %183 = icmp eq i32 %182, 110
  br i1 %183, label %184, label %185

184:                                              ; preds = %177
  br label %189

185:                                              ; preds = %177
  %186 = load ptr, ptr %9, align 8
  %187 = load i8, ptr %186, align 1
  %188 = sext i8 %187 to i32
  br label %189

189:                                              ; preds = %185, %184
  %190 = phi i32 [ 124, %184 ], [ %188, %185 ]
  %191 = trunc i32 %190 to i8
  %192 = load ptr, ptr %10, align 8
  %193 = getelementptr inbounds %struct.Token, ptr %192, i32 0, i32 2
  %194 = load i32, ptr %12, align 4
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %12, align 4
  %196 = sext i32 %194 to i64
  %197 = getelementptr inbounds [24 x i8], ptr %193, i64 0, i64 %196
  store i8 %191, ptr %197, align 1
  %198 = load ptr, ptr %9, align 8
  %199 = getelementptr inbounds i8, ptr %198, i32 1
  store ptr %199, ptr %9, align 8
  br label %210

200:                                              ; preds = %171, %166
  %201 = load ptr, ptr %9, align 8
  %202 = getelementptr inbounds i8, ptr %201, i32 1
  store ptr %202, ptr %9, align 8
  %203 = load i8, ptr %201, align 1
  %204 = load ptr, ptr %10, align 8
  %205 = getelementptr inbounds %struct.Token, ptr %204, i32 0, i32 2
  %206 = load i32, ptr %12, align 4
  %207 = add nsw i32 %206, 1
  store i32 %207, ptr %12, align 4
  %208 = sext i32 %206 to i64
  %209 = getelementptr inbounds [24 x i8], ptr %205, i64 0, i64 %208
  store i8 %203, ptr %209, align 1
  br label %210

210:                                              ; preds = %200, %189
  br label %151, !llvm.loop !12

211:                                              ; preds = %164
  %212 = load ptr, ptr %9, align 8
  %213 = load i8, ptr %212, align 1
  %214 = sext i8 %213 to i32
  %215 = icmp ne i32 %214, 34
  br i1 %215, label %216, label %221

216:                                              ; preds = %211
  %217 = load ptr, ptr %10, align 8
  %218 = getelementptr inbounds %struct.Token, ptr %217, i32 0, i32 0
  store i32 5, ptr %218, align 8
  %219 = load i32, ptr %8, align 4
  %220 = add nsw i32 %219, 1
  store i32 %220, ptr %4, align 4
  br label %263

221:                                              ; preds = %211
  %222 = load ptr, ptr %9, align 8
  %223 = getelementptr inbounds i8, ptr %222, i32 1
  store ptr %223, ptr %9, align 8
  br label %250

224:                                              ; preds = %141
  %225 = load ptr, ptr %9, align 8
  %226 = load i8, ptr %225, align 1
  %227 = sext i8 %226 to i32
  %228 = call ptr @strchr(ptr noundef @.str.19, i32 noundef %227) #4
  %229 = icmp ne ptr %228, null
  br i1 %229, label %230, label %239

230:                                              ; preds = %224
  %231 = load ptr, ptr %10, align 8
  %232 = getelementptr inbounds %struct.Token, ptr %231, i32 0, i32 0
  store i32 2, ptr %232, align 8
  %233 = load ptr, ptr %9, align 8
  %234 = getelementptr inbounds i8, ptr %233, i32 1
  store ptr %234, ptr %9, align 8
  %235 = load i8, ptr %233, align 1
  %236 = load ptr, ptr %10, align 8
  %237 = getelementptr inbounds %struct.Token, ptr %236, i32 0, i32 2
  %238 = getelementptr inbounds [24 x i8], ptr %237, i64 0, i64 0
  store i8 %235, ptr %238, align 8
  br label %249

239:                                              ; preds = %224
  %240 = load ptr, ptr %10, align 8
  %241 = getelementptr inbounds %struct.Token, ptr %240, i32 0, i32 0
  store i32 5, ptr %241, align 8
  %242 = load ptr, ptr %9, align 8
  %243 = load i8, ptr %242, align 1
  %244 = load ptr, ptr %10, align 8
  %245 = getelementptr inbounds %struct.Token, ptr %244, i32 0, i32 2
  %246 = getelementptr inbounds [24 x i8], ptr %245, i64 0, i64 0
  store i8 %243, ptr %246, align 8
  %247 = load i32, ptr %8, align 4
  %248 = add nsw i32 %247, 1
  store i32 %248, ptr %4, align 4
  br label %263

249:                                              ; preds = %230
  br label %250

250:                                              ; preds = %249, %221
  br label %251

251:                                              ; preds = %250, %140
  br label %252

252:                                              ; preds = %251, %81
  %253 = load i32, ptr %8, align 4
  %254 = add nsw i32 %253, 1
  store i32 %254, ptr %8, align 4
  br label %14, !llvm.loop !13

255:                                              ; preds = %14
  %256 = load ptr, ptr %6, align 8
  %257 = load i32, ptr %8, align 4
  %258 = sext i32 %257 to i64
  %259 = getelementptr inbounds %struct.Token, ptr %256, i64 %258
  %260 = getelementptr inbounds %struct.Token, ptr %259, i32 0, i32 0
  store i32 4, ptr %260, align 8
  %261 = load i32, ptr %8, align 4
  %262 = add nsw i32 %261, 1
  store i32 %262, ptr %4, align 4
  br label %263

263:                                              ; preds = %255, %239, %216, %37
  %264 = load i32, ptr %4, align 4
  ret i32 %264
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @expr() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i8, align 1
  %3 = alloca i64, align 8
  %4 = call i64 @term()
  store i64 %4, ptr %1, align 8
  br label %5

5:                                                ; preds = %46, %0
  %6 = load ptr, ptr @cur, align 8
  %7 = getelementptr inbounds %struct.Token, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = icmp eq i32 %8, 2
  br i1 %9, label %10, label %26

10:                                               ; preds = %5
  %11 = load ptr, ptr @cur, align 8
  %12 = getelementptr inbounds %struct.Token, ptr %11, i32 0, i32 2
  %13 = getelementptr inbounds [24 x i8], ptr %12, i64 0, i64 0
  %14 = load i8, ptr %13, align 8
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 43
  br i1 %16, label %24, label %17

17:                                               ; preds = %10
  %18 = load ptr, ptr @cur, align 8
  %19 = getelementptr inbounds %struct.Token, ptr %18, i32 0, i32 2
  %20 = getelementptr inbounds [24 x i8], ptr %19, i64 0, i64 0
  %21 = load i8, ptr %20, align 8
  %22 = sext i8 %21 to i32
  %23 = icmp eq i32 %22, 45
  br label %24

24:                                               ; preds = %17, %10
  %25 = phi i1 [ true, %10 ], [ %23, %17 ]
  br label %26

26:                                               ; preds = %24, %5
  %27 = phi i1 [ false, %5 ], [ %25, %24 ]
  br i1 %27, label %28, label %48

28:                                               ; preds = %26
  %29 = load ptr, ptr @cur, align 8
  %30 = getelementptr inbounds %struct.Token, ptr %29, i32 1
  store ptr %30, ptr @cur, align 8
  %31 = getelementptr inbounds %struct.Token, ptr %29, i32 0, i32 2
  %32 = getelementptr inbounds [24 x i8], ptr %31, i64 0, i64 0
  %33 = load i8, ptr %32, align 8
  store i8 %33, ptr %2, align 1
  %34 = call i64 @term()
  store i64 %34, ptr %3, align 8
  %35 = load i8, ptr %2, align 1
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 43
  br i1 %37, label %38, label %42

38:                                               ; preds = %28
  %39 = load i64, ptr %1, align 8
  %40 = load i64, ptr %3, align 8
  %41 = add nsw i64 %39, %40
  br label %46

42:                                               ; preds = %28
  %43 = load i64, ptr %1, align 8
  %44 = load i64, ptr %3, align 8
  %45 = sub nsw i64 %43, %44
  br label %46

46:                                               ; preds = %42, %38
  %47 = phi i64 [ %41, %38 ], [ %45, %42 ]
  store i64 %47, ptr %1, align 8
  br label %5, !llvm.loop !14

48:                                               ; preds = %26
  %49 = load i64, ptr %1, align 8
  ret i64 %49
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(read)
declare ptr @strchr(ptr noundef, i32 noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @term() #0 {
  %1 = alloca i64, align 8
  %2 = alloca i8, align 1
  %3 = alloca i64, align 8
  %4 = call i64 @primary()
  store i64 %4, ptr %1, align 8
  br label %5

5:                                                ; preds = %52, %0
  %6 = load ptr, ptr @cur, align 8
  %7 = getelementptr inbounds %struct.Token, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = icmp eq i32 %8, 2
  br i1 %9, label %10, label %26

10:                                               ; preds = %5
  %11 = load ptr, ptr @cur, align 8
  %12 = getelementptr inbounds %struct.Token, ptr %11, i32 0, i32 2
  %13 = getelementptr inbounds [24 x i8], ptr %12, i64 0, i64 0
  %14 = load i8, ptr %13, align 8
  %15 = sext i8 %14 to i32
  %16 = icmp eq i32 %15, 42
  br i1 %16, label %24, label %17

17:                                               ; preds = %10
  %18 = load ptr, ptr @cur, align 8
  %19 = getelementptr inbounds %struct.Token, ptr %18, i32 0, i32 2
  %20 = getelementptr inbounds [24 x i8], ptr %19, i64 0, i64 0
  %21 = load i8, ptr %20, align 8
  %22 = sext i8 %21 to i32
  %23 = icmp eq i32 %22, 47
  br label %24

24:                                               ; preds = %17, %10
  %25 = phi i1 [ true, %10 ], [ %23, %17 ]
  br label %26

26:                                               ; preds = %24, %5
  %27 = phi i1 [ false, %5 ], [ %25, %24 ]
  br i1 %27, label %28, label %54

28:                                               ; preds = %26
  %29 = load ptr, ptr @cur, align 8
  %30 = getelementptr inbounds %struct.Token, ptr %29, i32 1
  store ptr %30, ptr @cur, align 8
  %31 = getelementptr inbounds %struct.Token, ptr %29, i32 0, i32 2
  %32 = getelementptr inbounds [24 x i8], ptr %31, i64 0, i64 0
  %33 = load i8, ptr %32, align 8
  store i8 %33, ptr %2, align 1
  %34 = call i64 @primary()
  store i64 %34, ptr %3, align 8
  %35 = load i8, ptr %2, align 1
  %36 = sext i8 %35 to i32
  %37 = icmp eq i32 %36, 42
  br i1 %37, label %38, label %42

38:                                               ; preds = %28
  %39 = load i64, ptr %1, align 8
  %40 = load i64, ptr %3, align 8
  %41 = mul nsw i64 %39, %40
  br label %52

42:                                               ; preds = %28
  %43 = load i64, ptr %3, align 8
  %44 = icmp ne i64 %43, 0
  br i1 %44, label %45, label %49

45:                                               ; preds = %42
  %46 = load i64, ptr %1, align 8
  %47 = load i64, ptr %3, align 8
  %48 = sdiv i64 %46, %47
  br label %50

49:                                               ; preds = %42
  br label %50

50:                                               ; preds = %49, %45
  %51 = phi i64 [ %48, %45 ], [ 0, %49 ]
  br label %52

52:                                               ; preds = %50, %38
  %53 = phi i64 [ %41, %38 ], [ %51, %50 ]
  store i64 %53, ptr %1, align 8
  br label %5, !llvm.loop !15

54:                                               ; preds = %26
  %55 = load i64, ptr %1, align 8
  ret i64 %55
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @primary() #0 {
  %1 = alloca i64, align 8
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = load ptr, ptr @cur, align 8
  %5 = getelementptr inbounds %struct.Token, ptr %4, i32 1
  store ptr %5, ptr @cur, align 8
  store ptr %4, ptr %2, align 8
  %6 = load ptr, ptr %2, align 8
  %7 = getelementptr inbounds %struct.Token, ptr %6, i32 0, i32 0
  %8 = load i32, ptr %7, align 8
  %9 = icmp eq i32 %8, 0
  br i1 %9, label %10, label %14

10:                                               ; preds = %0
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds %struct.Token, ptr %11, i32 0, i32 1
  %13 = load i64, ptr %12, align 8
  store i64 %13, ptr %1, align 8
  br label %67

14:                                               ; preds = %0
  %15 = load ptr, ptr %2, align 8
  %16 = getelementptr inbounds %struct.Token, ptr %15, i32 0, i32 0
  %17 = load i32, ptr %16, align 8
  %18 = icmp eq i32 %17, 1
  br i1 %18, label %19, label %24

19:                                               ; preds = %14
  %20 = load ptr, ptr %2, align 8
  %21 = getelementptr inbounds %struct.Token, ptr %20, i32 0, i32 2
  %22 = getelementptr inbounds [24 x i8], ptr %21, i64 0, i64 0
  %23 = call i64 @lookup(ptr noundef %22)
  store i64 %23, ptr %1, align 8
  br label %67

24:                                               ; preds = %14
  %25 = load ptr, ptr %2, align 8
  %26 = getelementptr inbounds %struct.Token, ptr %25, i32 0, i32 0
  %27 = load i32, ptr %26, align 8
  %28 = icmp eq i32 %27, 3
  br i1 %28, label %29, label %34

29:                                               ; preds = %24
  %30 = load ptr, ptr %2, align 8
  %31 = getelementptr inbounds %struct.Token, ptr %30, i32 0, i32 2
  %32 = getelementptr inbounds [24 x i8], ptr %31, i64 0, i64 0
  %33 = call i64 @strlen(ptr noundef %32) #4
  store i64 %33, ptr %1, align 8
  br label %67

34:                                               ; preds = %24
  %35 = load ptr, ptr %2, align 8
  %36 = getelementptr inbounds %struct.Token, ptr %35, i32 0, i32 0
  %37 = load i32, ptr %36, align 8
  %38 = icmp eq i32 %37, 2
  br i1 %38, label %39, label %49

39:                                               ; preds = %34
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds %struct.Token, ptr %40, i32 0, i32 2
  %42 = getelementptr inbounds [24 x i8], ptr %41, i64 0, i64 0
  %43 = load i8, ptr %42, align 8
  %44 = sext i8 %43 to i32
  %45 = icmp eq i32 %44, 45
  br i1 %45, label %46, label %49

46:                                               ; preds = %39
  %47 = call i64 @primary()
  %48 = sub nsw i64 0, %47
  store i64 %48, ptr %1, align 8
  br label %67

49:                                               ; preds = %39, %34
  %50 = load ptr, ptr %2, align 8
  %51 = getelementptr inbounds %struct.Token, ptr %50, i32 0, i32 0
  %52 = load i32, ptr %51, align 8
  %53 = icmp eq i32 %52, 2
  br i1 %53, label %54, label %66

54:                                               ; preds = %49
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds %struct.Token, ptr %55, i32 0, i32 2
  %57 = getelementptr inbounds [24 x i8], ptr %56, i64 0, i64 0
  %58 = load i8, ptr %57, align 8
  %59 = sext i8 %58 to i32
  %60 = icmp eq i32 %59, 40
  br i1 %60, label %61, label %66

61:                                               ; preds = %54
  %62 = call i64 @expr()
  store i64 %62, ptr %3, align 8
  %63 = load ptr, ptr @cur, align 8
  %64 = getelementptr inbounds %struct.Token, ptr %63, i32 1
  store ptr %64, ptr @cur, align 8
  %65 = load i64, ptr %3, align 8
  store i64 %65, ptr %1, align 8
  br label %67

66:                                               ; preds = %54, %49
  store i64 0, ptr %1, align 8
  br label %67

67:                                               ; preds = %66, %61, %46, %29, %19, %10
  %68 = load i64, ptr %1, align 8
  ret i64 %68
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @lookup(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = call i64 @strlen(ptr noundef %3) #4
  %5 = mul nsw i64 %4, 10
  ret i64 %5
}

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind willreturn memory(read) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
