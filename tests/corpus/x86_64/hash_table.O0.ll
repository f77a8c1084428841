; ModuleID = 'hash_table.c'
source_filename = "hash_table.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Table = type { ptr, i64, i64 }
%struct.Entry = type { ptr, i32, ptr }

@.str = private unnamed_addr constant [122 x i8] c"the quick brown fox jumps over the lazy dog the fox barks and the dog sleeps while a quick bird sings over the brown hill\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"distinct=%zu buckets=%zu\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"cat\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"hill\00", align 1
@__const.main.probe = private unnamed_addr constant [6 x ptr] [ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16
@.str.8 = private unnamed_addr constant [7 x i8] c"%s=%d\0A\00", align 1
@.str.9 = private unnamed_addr constant [32 x i8] c"del the=%d del cat=%d size=%zu\0A\00", align 1
@.str.10 = private unnamed_addr constant [27 x i8] c"total=%d longest_chain=%d\0A\00", align 1
@.str.11 = private unnamed_addr constant [16 x i8] c"final size=%zu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.Table, align 8
  %3 = alloca ptr, align 8
  %4 = alloca [32 x i8], align 16
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca [6 x ptr], align 16
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @table_init(ptr noundef %2, i64 noundef 4)
  store ptr @.str, ptr %3, align 8
  %19 = load ptr, ptr %3, align 8
  store ptr %19, ptr %5, align 8
  br label %20

20:                                               ; preds = %73, %61, %0
  %21 = load ptr, ptr %5, align 8
  %22 = load i8, ptr %21, align 1
  %23 = icmp ne i8 %22, 0
  br i1 %23, label %24, label %75

24:                                               ; preds = %20
  br label %25

25:                                               ; preds = %30, %24
  %26 = load ptr, ptr %5, align 8
  %27 = load i8, ptr %26, align 1
  %28 = sext i8 %27 to i32
  %29 = icmp eq i32 %28, 32
  br i1 %29, label %30, label %33

30:                                               ; preds = %25
  %31 = load ptr, ptr %5, align 8
  %32 = getelementptr inbounds i8, ptr %31, i32 1
  store ptr %32, ptr %5, align 8
  br label %25, !llvm.loop !6

33:                                               ; preds = %25
  store i64 0, ptr %6, align 8
  br label %34

34:                                               ; preds = %49, %33
  %35 = load ptr, ptr %5, align 8
  %36 = load i8, ptr %35, align 1
  %37 = sext i8 %36 to i32
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %47

39:                                               ; preds = %34
  %40 = load ptr, ptr %5, align 8
  %41 = load i8, ptr %40, align 1
  %42 = sext i8 %41 to i32
  %43 = icmp ne i32 %42, 32
  br i1 %43, label %44, label %47

44:                                               ; preds = %39
  %45 = load i64, ptr %6, align 8
  %46 = icmp ult i64 %45, 31
  br label %47

47:                                               ; preds = %44, %39, %34
  %48 = phi i1 [ false, %39 ], [ false, %34 ], [ %46, %44 ]
  br i1 %48, label %49, label %56

49:                                               ; preds = %47
  %50 = load ptr, ptr %5, align 8
  %51 = getelementptr inbounds i8, ptr %50, i32 1
  store ptr %51, ptr %5, align 8
  %52 = load i8, ptr %50, align 1
  %53 = load i64, ptr %6, align 8
  %54 = add i64 %53, 1
  store i64 %54, ptr %6, align 8
  %55 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %53
  store i8 %52, ptr %55, align 1
  br label %34, !llvm.loop !8

56:                                               ; preds = %47
  %57 = load i64, ptr %6, align 8
  %58 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 %57
  store i8 0, ptr %58, align 1
  %59 = load i64, ptr %6, align 8
  %60 = icmp eq i64 %59, 0
  br i1 %60, label %61, label %62

61:                                               ; preds = %56
  br label %20, !llvm.loop !9

62:                                               ; preds = %56
  %63 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 0
  %64 = call ptr @get(ptr noundef %2, ptr noundef %63)
  store ptr %64, ptr %7, align 8
  %65 = getelementptr inbounds [32 x i8], ptr %4, i64 0, i64 0
  %66 = load ptr, ptr %7, align 8
  %67 = icmp ne ptr %66, null
  br i1 %67, label %68, label %72

68:                                               ; preds = %62
  %69 = load ptr, ptr %7, align 8
  %70 = load i32, ptr %69, align 4
  %71 = add nsw i32 %70, 1
  br label %73

72:                                               ; preds = %62
  br label %73

73:                                               ; preds = %72, %68
  %74 = phi i32 [ %71, %68 ], [ 1, %72 ]
  call void @put(ptr noundef %2, ptr noundef %65, i32 noundef %74)
  br label %20, !llvm.loop !9

75:                                               ; preds = %20
  %76 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 2
  %77 = load i64, ptr %76, align 8
  %78 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 1
  %79 = load i64, ptr %78, align 8
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %77, i64 noundef %79)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %8, ptr align 16 @__const.main.probe, i64 48, i1 false)
  store i32 0, ptr %9, align 4
  br label %81

81:                                               ; preds = %103, %75
  %82 = load i32, ptr %9, align 4
  %83 = icmp slt i32 %82, 6
  br i1 %83, label %84, label %106

84:                                               ; preds = %81
  %85 = load i32, ptr %9, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds [6 x ptr], ptr %8, i64 0, i64 %86
  %88 = load ptr, ptr %87, align 8
  %89 = call ptr @get(ptr noundef %2, ptr noundef %88)
  store ptr %89, ptr %10, align 8
  %90 = load i32, ptr %9, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [6 x ptr], ptr %8, i64 0, i64 %91
  %93 = load ptr, ptr %92, align 8
  %94 = load ptr, ptr %10, align 8
  %95 = icmp ne ptr %94, null
  br i1 %95, label %96, label %99

96:                                               ; preds = %84
  %97 = load ptr, ptr %10, align 8
  %98 = load i32, ptr %97, align 4
  br label %100

99:                                               ; preds = %84
  br label %100

100:                                              ; preds = %99, %96
  %101 = phi i32 [ %98, %96 ], [ 0, %99 ]
  %102 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, ptr noundef %93, i32 noundef %101)
  br label %103

103:                                              ; preds = %100
  %104 = load i32, ptr %9, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %9, align 4
  br label %81, !llvm.loop !10

106:                                              ; preds = %81
  %107 = call i32 @del(ptr noundef %2, ptr noundef @.str.2)
  store i32 %107, ptr %11, align 4
  %108 = call i32 @del(ptr noundef %2, ptr noundef @.str.5)
  store i32 %108, ptr %12, align 4
  %109 = load i32, ptr %11, align 4
  %110 = load i32, ptr %12, align 4
  %111 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 2
  %112 = load i64, ptr %111, align 8
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %109, i32 noundef %110, i64 noundef %112)
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store i64 0, ptr %15, align 8
  br label %114

114:                                              ; preds = %147, %106
  %115 = load i64, ptr %15, align 8
  %116 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 1
  %117 = load i64, ptr %116, align 8
  %118 = icmp ult i64 %115, %117
  br i1 %118, label %119, label %150

119:                                              ; preds = %114
  store i32 0, ptr %16, align 4
  %120 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 0
  %121 = load ptr, ptr %120, align 8
  %122 = load i64, ptr %15, align 8
  %123 = getelementptr inbounds ptr, ptr %121, i64 %122
  %124 = load ptr, ptr %123, align 8
  store ptr %124, ptr %17, align 8
  br label %125

125:                                              ; preds = %136, %119
  %126 = load ptr, ptr %17, align 8
  %127 = icmp ne ptr %126, null
  br i1 %127, label %128, label %140

128:                                              ; preds = %125
  %129 = load ptr, ptr %17, align 8
  %130 = getelementptr inbounds %struct.Entry, ptr %129, i32 0, i32 1
  %131 = load i32, ptr %130, align 8
  %132 = load i32, ptr %13, align 4
  %133 = add nsw i32 %132, %131
  store i32 %133, ptr %13, align 4
  %134 = load i32, ptr %16, align 4
  %135 = add nsw i32 %134, 1
  store i32 %135, ptr %16, align 4
  br label %136

136:                                              ; preds = %128
  %137 = load ptr, ptr %17, align 8
  %138 = getelementptr inbounds %struct.Entry, ptr %137, i32 0, i32 2
  %139 = load ptr, ptr %138, align 8
  store ptr %139, ptr %17, align 8
  br label %125, !llvm.loop !11

140:                                              ; preds = %125
  %141 = load i32, ptr %16, align 4
  %142 = load i32, ptr %14, align 4
  %143 = icmp sgt i32 %141, %142
  br i1 %143, label %144, label %146

144:                                              ; preds = %140
  %145 = load i32, ptr %16, align 4
  store i32 %145, ptr %14, align 4
  br label %146

146:                                              ; preds = %144, %140
  br label %147

147:                                              ; preds = %146
  %148 = load i64, ptr %15, align 8
  %149 = add i64 %148, 1
  store i64 %149, ptr %15, align 8
  br label %114, !llvm.loop !12

150:                                              ; preds = %114
  %151 = load i32, ptr %13, align 4
  %152 = load i32, ptr %14, align 4
  %153 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %151, i32 noundef %152)
  store i64 0, ptr %18, align 8
  br label %154

154:                                              ; preds = %177, %150
  %155 = load i64, ptr %18, align 8
  %156 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 1
  %157 = load i64, ptr %156, align 8
  %158 = icmp ult i64 %155, %157
  br i1 %158, label %159, label %180

159:                                              ; preds = %154
  br label %160

160:                                              ; preds = %167, %159
  %161 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 0
  %162 = load ptr, ptr %161, align 8
  %163 = load i64, ptr %18, align 8
  %164 = getelementptr inbounds ptr, ptr %162, i64 %163
  %165 = load ptr, ptr %164, align 8
  %166 = icmp ne ptr %165, null
  br i1 %166, label %167, label %176

167:                                              ; preds = %160
  %168 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 0
  %169 = load ptr, ptr %168, align 8
  %170 = load i64, ptr %18, align 8
  %171 = getelementptr inbounds ptr, ptr %169, i64 %170
  %172 = load ptr, ptr %171, align 8
  %173 = getelementptr inbounds %struct.Entry, ptr %172, i32 0, i32 0
  %174 = load ptr, ptr %173, align 8
  %175 = call i32 @del(ptr noundef %2, ptr noundef %174)
  br label %160, !llvm.loop !13

176:                                              ; preds = %160
  br label %177

177:                                              ; preds = %176
  %178 = load i64, ptr %18, align 8
  %179 = add i64 %178, 1
  store i64 %179, ptr %18, align 8
  br label %154, !llvm.loop !14

180:                                              ; preds = %154
  %181 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 2
  %182 = load i64, ptr %181, align 8
  %183 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %182)
  %184 = getelementptr inbounds %struct.Table, ptr %2, i32 0, i32 0
  %185 = load ptr, ptr %184, align 8
  call void @free(ptr noundef %185) #7
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @table_init(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = call noalias ptr @calloc(i64 noundef %5, i64 noundef 8) #8
  %7 = load ptr, ptr %3, align 8
  %8 = getelementptr inbounds %struct.Table, ptr %7, i32 0, i32 0
  store ptr %6, ptr %8, align 8
  %9 = load i64, ptr %4, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds %struct.Table, ptr %10, i32 0, i32 1
  store i64 %9, ptr %11, align 8
  %12 = load ptr, ptr %3, align 8
  %13 = getelementptr inbounds %struct.Table, ptr %12, i32 0, i32 2
  store i64 0, ptr %13, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @get(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %7 = load ptr, ptr %4, align 8
  %8 = getelementptr inbounds %struct.Table, ptr %7, i32 0, i32 0
  %9 = load ptr, ptr %8, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = call i64 @hash_str(ptr noundef %10)
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.Table, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = urem i64 %11, %14
  %16 = getelementptr inbounds ptr, ptr %9, i64 %15
  %17 = load ptr, ptr %16, align 8
  store ptr %17, ptr %6, align 8
  br label %18

18:                                               ; preds = %32, %2
  %19 = load ptr, ptr %6, align 8
  %20 = icmp ne ptr %19, null
  br i1 %20, label %21, label %36

21:                                               ; preds = %18
  %22 = load ptr, ptr %6, align 8
  %23 = getelementptr inbounds %struct.Entry, ptr %22, i32 0, i32 0
  %24 = load ptr, ptr %23, align 8
  %25 = load ptr, ptr %5, align 8
  %26 = call i32 @strcmp(ptr noundef %24, ptr noundef %25) #9
  %27 = icmp eq i32 %26, 0
  br i1 %27, label %28, label %31

28:                                               ; preds = %21
  %29 = load ptr, ptr %6, align 8
  %30 = getelementptr inbounds %struct.Entry, ptr %29, i32 0, i32 1
  store ptr %30, ptr %3, align 8
  br label %37

31:                                               ; preds = %21
  br label %32

32:                                               ; preds = %31
  %33 = load ptr, ptr %6, align 8
  %34 = getelementptr inbounds %struct.Entry, ptr %33, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8
  store ptr %35, ptr %6, align 8
  br label %18, !llvm.loop !15

36:                                               ; preds = %18
  store ptr null, ptr %3, align 8
  br label %37

37:                                               ; preds = %36, %28
  %38 = load ptr, ptr %3, align 8
  ret ptr %38
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @put(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %10 = load ptr, ptr %5, align 8
  %11 = call i64 @hash_str(ptr noundef %10)
  %12 = load ptr, ptr %4, align 8
  %13 = getelementptr inbounds %struct.Table, ptr %12, i32 0, i32 1
  %14 = load i64, ptr %13, align 8
  %15 = urem i64 %11, %14
  store i64 %15, ptr %7, align 8
  %16 = load ptr, ptr %4, align 8
  %17 = getelementptr inbounds %struct.Table, ptr %16, i32 0, i32 0
  %18 = load ptr, ptr %17, align 8
  %19 = load i64, ptr %7, align 8
  %20 = getelementptr inbounds ptr, ptr %18, i64 %19
  %21 = load ptr, ptr %20, align 8
  store ptr %21, ptr %8, align 8
  br label %22

22:                                               ; preds = %37, %3
  %23 = load ptr, ptr %8, align 8
  %24 = icmp ne ptr %23, null
  br i1 %24, label %25, label %41

25:                                               ; preds = %22
  %26 = load ptr, ptr %8, align 8
  %27 = getelementptr inbounds %struct.Entry, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  %29 = load ptr, ptr %5, align 8
  %30 = call i32 @strcmp(ptr noundef %28, ptr noundef %29) #9
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %36

32:                                               ; preds = %25
  %33 = load i32, ptr %6, align 4
  %34 = load ptr, ptr %8, align 8
  %35 = getelementptr inbounds %struct.Entry, ptr %34, i32 0, i32 1
  store i32 %33, ptr %35, align 8
  br label %83

36:                                               ; preds = %25
  br label %37

37:                                               ; preds = %36
  %38 = load ptr, ptr %8, align 8
  %39 = getelementptr inbounds %struct.Entry, ptr %38, i32 0, i32 2
  %40 = load ptr, ptr %39, align 8
  store ptr %40, ptr %8, align 8
  br label %22, !llvm.loop !16

41:                                               ; preds = %22
  %42 = call noalias ptr @malloc(i64 noundef 24) #10
  store ptr %42, ptr %9, align 8
  %43 = load ptr, ptr %5, align 8
  %44 = call i64 @strlen(ptr noundef %43) #9
  %45 = add i64 %44, 1
  %46 = call noalias ptr @malloc(i64 noundef %45) #10
  %47 = load ptr, ptr %9, align 8
  %48 = getelementptr inbounds %struct.Entry, ptr %47, i32 0, i32 0
  store ptr %46, ptr %48, align 8
  %49 = load ptr, ptr %9, align 8
  %50 = getelementptr inbounds %struct.Entry, ptr %49, i32 0, i32 0
  %51 = load ptr, ptr %50, align 8
  %52 = load ptr, ptr %5, align 8
  %53 = call ptr @strcpy(ptr noundef %51, ptr noundef %52) #7
  %54 = load i32, ptr %6, align 4
  %55 = load ptr, ptr %9, align 8
  %56 = getelementptr inbounds %struct.Entry, ptr %55, i32 0, i32 1
  store i32 %54, ptr %56, align 8
  %57 = load ptr, ptr %4, align 8
  %58 = getelementptr inbounds %struct.Table, ptr %57, i32 0, i32 0
  %59 = load ptr, ptr %58, align 8
  %60 = load i64, ptr %7, align 8
  %61 = getelementptr inbounds ptr, ptr %59, i64 %60
  %62 = load ptr, ptr %61, align 8
  %63 = load ptr, ptr %9, align 8
  %64 = getelementptr inbounds %struct.Entry, ptr %63, i32 0, i32 2
  store ptr %62, ptr %64, align 8
  %65 = load ptr, ptr %9, align 8
  %66 = load ptr, ptr %4, align 8
  %67 = getelementptr inbounds %struct.Table, ptr %66, i32 0, i32 0
  %68 = load ptr, ptr %67, align 8
  %69 = load i64, ptr %7, align 8
  %70 = getelementptr inbounds ptr, ptr %68, i64 %69
  store ptr %65, ptr %70, align 8
  %71 = load ptr, ptr %4, align 8
  %72 = getelementptr inbounds %struct.Table, ptr %71, i32 0, i32 2
  %73 = load i64, ptr %72, align 8
  %74 = add i64 %73, 1
  store i64 %74, ptr %72, align 8
  %75 = load ptr, ptr %4, align 8
  %76 = getelementptr inbounds %struct.Table, ptr %75, i32 0, i32 1
  %77 = load i64, ptr %76, align 8
  %78 = mul i64 %77, 3
  %79 = udiv i64 %78, 4
  %80 = icmp ugt i64 %74, %79
  br i1 %80, label %81, label %83

81:                                               ; preds = %41
  %82 = load ptr, ptr %4, align 8
  call void @rehash(ptr noundef %82)
  br label %83

83:                                               ; preds = %32, %81, %41
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @del(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = getelementptr inbounds %struct.Table, ptr %8, i32 0, i32 0
  %10 = load ptr, ptr %9, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = call i64 @hash_str(ptr noundef %11)
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds %struct.Table, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = urem i64 %12, %15
  %17 = getelementptr inbounds ptr, ptr %10, i64 %16
  store ptr %17, ptr %6, align 8
  br label %18

18:                                               ; preds = %46, %2
  %19 = load ptr, ptr %6, align 8
  %20 = load ptr, ptr %19, align 8
  %21 = icmp ne ptr %20, null
  br i1 %21, label %22, label %50

22:                                               ; preds = %18
  %23 = load ptr, ptr %6, align 8
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds %struct.Entry, ptr %24, i32 0, i32 0
  %26 = load ptr, ptr %25, align 8
  %27 = load ptr, ptr %5, align 8
  %28 = call i32 @strcmp(ptr noundef %26, ptr noundef %27) #9
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %45

30:                                               ; preds = %22
  %31 = load ptr, ptr %6, align 8
  %32 = load ptr, ptr %31, align 8
  store ptr %32, ptr %7, align 8
  %33 = load ptr, ptr %7, align 8
  %34 = getelementptr inbounds %struct.Entry, ptr %33, i32 0, i32 2
  %35 = load ptr, ptr %34, align 8
  %36 = load ptr, ptr %6, align 8
  store ptr %35, ptr %36, align 8
  %37 = load ptr, ptr %7, align 8
  %38 = getelementptr inbounds %struct.Entry, ptr %37, i32 0, i32 0
  %39 = load ptr, ptr %38, align 8
  call void @free(ptr noundef %39) #7
  %40 = load ptr, ptr %7, align 8
  call void @free(ptr noundef %40) #7
  %41 = load ptr, ptr %4, align 8
  %42 = getelementptr inbounds %struct.Table, ptr %41, i32 0, i32 2
  %43 = load i64, ptr %42, align 8
  %44 = add i64 %43, -1
  store i64 %44, ptr %42, align 8
  store i32 1, ptr %3, align 4
  br label %51

45:                                               ; preds = %22
  br label %46

46:                                               ; preds = %45
  %47 = load ptr, ptr %6, align 8
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds %struct.Entry, ptr %48, i32 0, i32 2
  store ptr %49, ptr %6, align 8
  br label %18, !llvm.loop !17

50:                                               ; preds = %18
  store i32 0, ptr %3, align 4
  br label %51

51:                                               ; preds = %50, %30
  %52 = load i32, ptr %3, align 4
  ret i32 %52
}

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @hash_str(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  store i64 1469598103934665603, ptr %3, align 8
  br label %4

4:                                                ; preds = %15, %1
  %5 = load ptr, ptr %2, align 8
  %6 = load i8, ptr %5, align 1
  %7 = icmp ne i8 %6, 0
  br i1 %7, label %8, label %18

8:                                                ; preds = %4
  %9 = load i64, ptr %3, align 8
  %10 = load ptr, ptr %2, align 8
  %11 = load i8, ptr %10, align 1
  %12 = zext i8 %11 to i64
  %13 = xor i64 %9, %12
  %14 = mul i64 %13, 1099511628211
  store i64 %14, ptr %3, align 8
  br label %15

15:                                               ; preds = %8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds i8, ptr %16, i32 1
  store ptr %17, ptr %2, align 8
  br label %4, !llvm.loop !18

18:                                               ; preds = %4
  %19 = load i64, ptr %3, align 8
  ret i64 %19
}

; Function Attrs: nounwind willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #5

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #6

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #5

; Function Attrs: nounwind
declare ptr @strcpy(ptr noundef, ptr noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal void @rehash(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.Table, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %8 = load ptr, ptr %2, align 8
  %9 = getelementptr inbounds %struct.Table, ptr %8, i32 0, i32 1
  %10 = load i64, ptr %9, align 8
  %11 = mul i64 %10, 2
  call void @table_init(ptr noundef %3, i64 noundef %11)
  store i64 0, ptr %4, align 8
  br label %12

12:                                               ; preds = %53, %1
  %13 = load i64, ptr %4, align 8
  %14 = load ptr, ptr %2, align 8
  %15 = getelementptr inbounds %struct.Table, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = icmp ult i64 %13, %16
  br i1 %17, label %18, label %56

18:                                               ; preds = %12
  %19 = load ptr, ptr %2, align 8
  %20 = getelementptr inbounds %struct.Table, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  %22 = load i64, ptr %4, align 8
  %23 = getelementptr inbounds ptr, ptr %21, i64 %22
  %24 = load ptr, ptr %23, align 8
  store ptr %24, ptr %5, align 8
  br label %25

25:                                               ; preds = %28, %18
  %26 = load ptr, ptr %5, align 8
  %27 = icmp ne ptr %26, null
  br i1 %27, label %28, label %52

28:                                               ; preds = %25
  %29 = load ptr, ptr %5, align 8
  %30 = getelementptr inbounds %struct.Entry, ptr %29, i32 0, i32 2
  %31 = load ptr, ptr %30, align 8
  store ptr %31, ptr %6, align 8
  %32 = load ptr, ptr %5, align 8
  %33 = getelementptr inbounds %struct.Entry, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  %35 = call i64 @hash_str(ptr noundef %34)
  %36 = getelementptr inbounds %struct.Table, ptr %3, i32 0, i32 1
  %37 = load i64, ptr %36, align 8
  %38 = urem i64 %35, %37
  store i64 %38, ptr %7, align 8
  %39 = getelementptr inbounds %struct.Table, ptr %3, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8
  %41 = load i64, ptr %7, align 8
  %42 = getelementptr inbounds ptr, ptr %40, i64 %41
  %43 = load ptr, ptr %42, align 8
  %44 = load ptr, ptr %5, align 8
  %45 = getelementptr inbounds %struct.Entry, ptr %44, i32 0, i32 2
  store ptr %43, ptr %45, align 8
  %46 = load ptr, ptr %5, align 8
  %47 = getelementptr inbounds %struct.Table, ptr %3, i32 0, i32 0
  %48 = load ptr, ptr %47, align 8
  %49 = load i64, ptr %7, align 8
  %50 = getelementptr inbounds ptr, ptr %48, i64 %49
  store ptr %46, ptr %50, align 8
  %51 = load ptr, ptr %6, align 8
  store ptr %51, ptr %5, align 8
  br label %25, !llvm.loop !19

52:                                               ; preds = %25
  br label %53

53:                                               ; preds = %52
  %54 = load i64, ptr %4, align 8
  %55 = add i64 %54, 1
  store i64 %55, ptr %4, align 8
  br label %12, !llvm.loop !20

56:                                               ; preds = %12
  %57 = load ptr, ptr %2, align 8
  %58 = getelementptr inbounds %struct.Table, ptr %57, i32 0, i32 0
  %59 = load ptr, ptr %58, align 8
  call void @free(ptr noundef %59) #7
  %60 = load ptr, ptr %2, align 8
  %61 = getelementptr inbounds %struct.Table, ptr %60, i32 0, i32 2
  %62 = load i64, ptr %61, align 8
  %63 = getelementptr inbounds %struct.Table, ptr %3, i32 0, i32 2
  store i64 %62, ptr %63, align 8
  %64 = load ptr, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %64, ptr align 8 %3, i64 24, i1 false)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }
attributes #8 = { nounwind allocsize(0,1) }
attributes #9 = { nounwind willreturn memory(read) }
attributes #10 = { nounwind allocsize(0) }

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
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
