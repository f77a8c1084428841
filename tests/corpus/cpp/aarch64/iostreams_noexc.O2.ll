; ModuleID = 'iostreams.cpp'
source_filename = "iostreams.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"class.std::ios_base::Init" = type { i8 }
%"class.std::basic_ostream" = type { ptr, %"class.std::basic_ios" }
%"class.std::basic_ios" = type { %"class.std::ios_base", ptr, i8, i8, ptr, ptr, ptr, ptr }
%"class.std::ios_base" = type { ptr, i64, i64, i32, i32, i32, ptr, %"struct.std::ios_base::_Words", [8 x %"struct.std::ios_base::_Words"], i32, ptr, %"class.std::locale" }
%"struct.std::ios_base::_Words" = type { ptr, i64 }
%"class.std::locale" = type { ptr }
%struct.Point = type { i32, i32 }
%"class.std::__cxx11::basic_ostringstream" = type { %"class.std::basic_ostream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_ostream.base" = type { ptr }
%"class.std::__cxx11::basic_stringbuf" = type { %"class.std::basic_streambuf", i32, %"class.std::__cxx11::basic_string" }
%"class.std::basic_streambuf" = type { ptr, ptr, ptr, ptr, ptr, ptr, ptr, %"class.std::locale" }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::__cxx11::basic_istringstream" = type { %"class.std::basic_istream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_istream.base" = type { ptr, i64 }
%"class.std::vector" = type { %"struct.std::_Vector_base" }
%"struct.std::_Vector_base" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl" = type { %"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" }
%"struct.std::_Vector_base<std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>>::_Vector_impl_data" = type { ptr, ptr, ptr }
%"class.std::__cxx11::basic_stringstream" = type { %"class.std::basic_iostream.base", %"class.std::__cxx11::basic_stringbuf", %"class.std::basic_ios" }
%"class.std::basic_iostream.base" = type { %"class.std::basic_istream.base", %"class.std::basic_ostream.base" }

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_ = comdat any

@_ZStL8__ioinit = internal global %"class.std::ios_base::Init" zeroinitializer, align 1
@__dso_handle = external hidden global i8
@.str = private unnamed_addr constant [3 x i8] c", \00", align 1
@_ZSt4cout = external global %"class.std::basic_ostream", align 8
@.str.1 = private unnamed_addr constant [20 x i8] c"hello from iostream\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8
@.str.3 = private unnamed_addr constant [5 x i8] c"left\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"point \00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c",\00", align 1
@.str.6 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"joined: \00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c" (\00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c" chars)\0A\00", align 1
@.str.10 = private unnamed_addr constant [45 x i8] c"alpha 12 3.5\0Abeta 7 -1.25\0Agamma x 0\0A(10, 20)\00", align 1
@.str.11 = private unnamed_addr constant [3 x i8] c": \00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c" * \00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c" = \00", align 1
@.str.14 = private unnamed_addr constant [21 x i8] c": parse error (fail=\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c")\0A\00", align 1
@.str.16 = private unnamed_addr constant [12 x i8] c"read point \00", align 1
@.str.17 = private unnamed_addr constant [8 x i8] c", good \00", align 1
@.str.18 = private unnamed_addr constant [7 x i8] c", eof \00", align 1
@.str.19 = private unnamed_addr constant [41 x i8] c"  several   words\09separated by   spaces \00", align 1
@.str.20 = private unnamed_addr constant [15 x i8] c" words, last '\00", align 1
@.str.21 = private unnamed_addr constant [3 x i8] c"'\0A\00", align 1
@.str.22 = private unnamed_addr constant [12 x i8] c"round trip \00", align 1
@_ZSt4cerr = external global %"class.std::basic_ostream", align 8
@.str.23 = private unnamed_addr constant [41 x i8] c"this goes to stderr and is not compared\0A\00", align 1
@_ZTVNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant { [5 x ptr], [5 x ptr] }, align 8
@_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [4 x ptr], align 8
@_ZTVSt9basic_iosIcSt11char_traitsIcEE = external unnamed_addr constant { [4 x ptr] }, align 8
@_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant { [16 x ptr] }, align 8
@_ZTVSt15basic_streambufIcSt11char_traitsIcEE = external unnamed_addr constant { [16 x ptr] }, align 8
@_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant { [5 x ptr], [5 x ptr] }, align 8
@_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [4 x ptr], align 8
@.str.27 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [10 x ptr], align 8
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @_GLOBAL__sub_I_iostreams.cpp, ptr null }]
@str = private unnamed_addr constant [18 x i8] c"printf in between\00", align 1

declare void @_ZNSt8ios_base4InitC1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #0

; Function Attrs: nounwind
declare void @_ZNSt8ios_base4InitD1Ev(ptr noundef nonnull align 1 dereferenceable(1)) unnamed_addr #1

; Function Attrs: nofree nounwind
declare i32 @__cxa_atexit(ptr, ptr, ptr) local_unnamed_addr #2

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 4
  %4 = alloca i8, align 4
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4)
  store i8 40, ptr %4, align 4, !tbaa !6
  %5 = load ptr, ptr %0, align 8, !tbaa !9
  %6 = getelementptr i8, ptr %5, i64 -24
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 %7
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !11
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %14, label %12

12:                                               ; preds = %2
  %13 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull %4, i64 noundef 1) #15
  br label %16

14:                                               ; preds = %2
  %15 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %0, i8 noundef 40) #15
  br label %16

16:                                               ; preds = %12, %14
  %17 = phi ptr [ %13, %12 ], [ %0, %14 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4)
  %18 = load i32, ptr %1, align 4, !tbaa !20
  %19 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %17, i32 noundef %18) #15
  %20 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %19, ptr noundef nonnull @.str, i64 noundef 2) #15
  %21 = getelementptr inbounds i8, ptr %1, i64 4
  %22 = load i32, ptr %21, align 4, !tbaa !22
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %19, i32 noundef %22) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3)
  store i8 41, ptr %3, align 4, !tbaa !6
  %24 = load ptr, ptr %23, align 8, !tbaa !9
  %25 = getelementptr i8, ptr %24, i64 -24
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  %29 = load i64, ptr %28, align 8, !tbaa !11
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %33, label %31

31:                                               ; preds = %16
  %32 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %23, ptr noundef nonnull %3, i64 noundef 1) #15
  br label %35

33:                                               ; preds = %16
  %34 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %23, i8 noundef 41) #15
  br label %35

35:                                               ; preds = %31, %33
  %36 = phi ptr [ %32, %31 ], [ %23, %33 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3)
  ret ptr %36
}

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8), i32 noundef) local_unnamed_addr #0

; Function Attrs: mustprogress nounwind uwtable
define dso_local noundef nonnull align 8 dereferenceable(16) ptr @_ZrsRSiR5Point(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #15
  %6 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 1 dereferenceable(1) %3) #15
  %7 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 4 dereferenceable(4) %1) #15
  %8 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 1 dereferenceable(1) %4) #15
  %9 = getelementptr inbounds i8, ptr %1, i64 4
  %10 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %8, ptr noundef nonnull align 4 dereferenceable(4) %9) #15
  %11 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 1 dereferenceable(1) %5) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3) #15
  ret ptr %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 1 dereferenceable(1)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 4 dereferenceable(4)) local_unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress norecurse nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 {
  %1 = alloca i64, align 8
  %2 = alloca i8, align 4
  %3 = alloca i8, align 4
  %4 = alloca i64, align 8
  %5 = alloca i8, align 4
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i8, align 4
  %10 = alloca i64, align 8
  %11 = alloca i8, align 4
  %12 = alloca i8, align 4
  %13 = alloca i8, align 4
  %14 = alloca i8, align 4
  %15 = alloca i8, align 4
  %16 = alloca i8, align 4
  %17 = alloca i8, align 4
  %18 = alloca i8, align 4
  %19 = alloca i8, align 4
  %20 = alloca i8, align 4
  %21 = alloca i8, align 4
  %22 = alloca i8, align 4
  %23 = alloca i8, align 4
  %24 = alloca %struct.Point, align 8
  %25 = alloca %"class.std::__cxx11::basic_ostringstream", align 8
  %26 = alloca %"class.std::__cxx11::basic_string", align 8
  %27 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %28 = alloca %"class.std::__cxx11::basic_string", align 8
  %29 = alloca %"class.std::__cxx11::basic_string", align 8
  %30 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %31 = alloca %"class.std::__cxx11::basic_string", align 8
  %32 = alloca i32, align 4
  %33 = alloca double, align 8
  %34 = alloca %struct.Point, align 8
  %35 = alloca %"class.std::vector", align 8
  %36 = alloca %"class.std::__cxx11::basic_istringstream", align 8
  %37 = alloca %"class.std::__cxx11::basic_string", align 8
  %38 = alloca %"class.std::__cxx11::basic_string", align 8
  %39 = alloca %"class.std::__cxx11::basic_stringstream", align 8
  %40 = alloca i32, align 4
  %41 = alloca double, align 8
  %42 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.1, i64 noundef 19) #15
  %43 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %44 = getelementptr i8, ptr %43, i64 -24
  %45 = load i64, ptr %44, align 8
  %46 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %45
  %47 = getelementptr inbounds i8, ptr %46, i64 240
  %48 = load ptr, ptr %47, align 8, !tbaa !23
  %49 = icmp eq ptr %48, null
  br i1 %49, label %50, label %51

50:                                               ; preds = %0
  tail call void @_ZSt16__throw_bad_castv() #16
  unreachable

51:                                               ; preds = %0
  %52 = getelementptr inbounds i8, ptr %48, i64 56
  %53 = load i8, ptr %52, align 8, !tbaa !26
  %54 = icmp eq i8 %53, 0
  br i1 %54, label %58, label %55

55:                                               ; preds = %51
  %56 = getelementptr inbounds i8, ptr %48, i64 67
  %57 = load i8, ptr %56, align 1, !tbaa !6
  br label %63

58:                                               ; preds = %51
  tail call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %48) #15
  %59 = load ptr, ptr %48, align 8, !tbaa !9
  %60 = getelementptr inbounds i8, ptr %59, i64 48
  %61 = load ptr, ptr %60, align 8
  %62 = tail call noundef i8 %61(ptr noundef nonnull align 8 dereferenceable(570) %48, i8 noundef 10) #15
  br label %63

63:                                               ; preds = %55, %58
  %64 = phi i8 [ %57, %55 ], [ %62, %58 ]
  %65 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i8 noundef %64) #15
  %66 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %65) #15
  %67 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %68 = load ptr, ptr @stdout, align 8, !tbaa !29
  %69 = tail call i32 @fflush(ptr noundef %68)
  %70 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %71 = getelementptr i8, ptr %70, i64 -24
  %72 = load i64, ptr %71, align 8
  %73 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %72
  %74 = getelementptr inbounds i8, ptr %73, i64 16
  store i64 8, ptr %74, align 8, !tbaa !11
  %75 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 42) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %23)
  store i8 124, ptr %23, align 4, !tbaa !6
  %76 = load ptr, ptr %75, align 8, !tbaa !9
  %77 = getelementptr i8, ptr %76, i64 -24
  %78 = load i64, ptr %77, align 8
  %79 = getelementptr inbounds i8, ptr %75, i64 %78
  %80 = getelementptr inbounds i8, ptr %79, i64 16
  %81 = load i64, ptr %80, align 8, !tbaa !11
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %85, label %83

83:                                               ; preds = %63
  %84 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %75, ptr noundef nonnull %23, i64 noundef 1) #15
  br label %87

85:                                               ; preds = %63
  %86 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %75, i8 noundef 124) #15
  br label %87

87:                                               ; preds = %83, %85
  %88 = phi ptr [ %84, %83 ], [ %75, %85 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %23)
  %89 = load ptr, ptr %88, align 8, !tbaa !9
  %90 = getelementptr i8, ptr %89, i64 -24
  %91 = load i64, ptr %90, align 8
  %92 = getelementptr inbounds i8, ptr %88, i64 %91
  %93 = getelementptr inbounds i8, ptr %92, i64 24
  %94 = load i32, ptr %93, align 8, !tbaa !30
  %95 = and i32 %94, -177
  %96 = or disjoint i32 %95, 32
  store i32 %96, ptr %93, align 4, !tbaa !30
  %97 = load i64, ptr %90, align 8
  %98 = getelementptr inbounds i8, ptr %88, i64 %97
  %99 = getelementptr inbounds i8, ptr %98, i64 16
  store i64 8, ptr %99, align 8, !tbaa !11
  %100 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull @.str.3, i64 noundef 4) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %22)
  store i8 124, ptr %22, align 4, !tbaa !6
  %101 = load ptr, ptr %88, align 8, !tbaa !9
  %102 = getelementptr i8, ptr %101, i64 -24
  %103 = load i64, ptr %102, align 8
  %104 = getelementptr inbounds i8, ptr %88, i64 %103
  %105 = getelementptr inbounds i8, ptr %104, i64 16
  %106 = load i64, ptr %105, align 8, !tbaa !11
  %107 = icmp eq i64 %106, 0
  br i1 %107, label %110, label %108

108:                                              ; preds = %87
  %109 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull %22, i64 noundef 1) #15
  br label %112

110:                                              ; preds = %87
  %111 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %88, i8 noundef 124) #15
  br label %112

112:                                              ; preds = %108, %110
  %113 = phi ptr [ %109, %108 ], [ %88, %110 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22)
  %114 = load ptr, ptr %113, align 8, !tbaa !9
  %115 = getelementptr i8, ptr %114, i64 -24
  %116 = load i64, ptr %115, align 8
  %117 = getelementptr inbounds i8, ptr %113, i64 %116
  %118 = getelementptr inbounds i8, ptr %117, i64 24
  %119 = load i32, ptr %118, align 8, !tbaa !30
  %120 = and i32 %119, -177
  %121 = or disjoint i32 %120, 128
  store i32 %121, ptr %118, align 4, !tbaa !30
  %122 = load i64, ptr %115, align 8
  %123 = getelementptr inbounds i8, ptr %113, i64 %122
  %124 = getelementptr inbounds i8, ptr %123, i64 225
  %125 = load i8, ptr %124, align 1, !tbaa !31, !range !32, !noundef !33
  %126 = trunc nuw i8 %125 to i1
  br i1 %126, label %144, label %127

127:                                              ; preds = %112
  %128 = getelementptr inbounds i8, ptr %123, i64 240
  %129 = load ptr, ptr %128, align 8, !tbaa !23
  %130 = icmp eq ptr %129, null
  br i1 %130, label %131, label %132

131:                                              ; preds = %127
  call void @_ZSt16__throw_bad_castv() #16
  unreachable

132:                                              ; preds = %127
  %133 = getelementptr inbounds i8, ptr %129, i64 56
  %134 = load i8, ptr %133, align 8, !tbaa !26
  %135 = icmp eq i8 %134, 0
  br i1 %135, label %136, label %142

136:                                              ; preds = %132
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %129) #15
  %137 = load ptr, ptr %129, align 8, !tbaa !9
  %138 = getelementptr inbounds i8, ptr %137, i64 48
  %139 = load ptr, ptr %138, align 8
  %140 = call noundef i8 %139(ptr noundef nonnull align 8 dereferenceable(570) %129, i8 noundef 32) #15
  %141 = load ptr, ptr %113, align 8, !tbaa !9
  br label %142

142:                                              ; preds = %136, %132
  %143 = phi ptr [ %141, %136 ], [ %114, %132 ]
  store i8 1, ptr %124, align 1, !tbaa !31
  br label %144

144:                                              ; preds = %112, %142
  %145 = phi ptr [ %114, %112 ], [ %143, %142 ]
  %146 = getelementptr inbounds i8, ptr %123, i64 224
  store i8 42, ptr %146, align 8, !tbaa !34
  %147 = getelementptr i8, ptr %145, i64 -24
  %148 = load i64, ptr %147, align 8
  %149 = getelementptr inbounds i8, ptr %113, i64 %148
  %150 = getelementptr inbounds i8, ptr %149, i64 16
  store i64 6, ptr %150, align 8, !tbaa !11
  %151 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %113, i32 noundef 7) #15
  %152 = load ptr, ptr %151, align 8, !tbaa !9
  %153 = getelementptr i8, ptr %152, i64 -24
  %154 = load i64, ptr %153, align 8
  %155 = getelementptr inbounds i8, ptr %151, i64 %154
  %156 = getelementptr inbounds i8, ptr %155, i64 225
  %157 = load i8, ptr %156, align 1, !tbaa !31, !range !32, !noundef !33
  %158 = trunc nuw i8 %157 to i1
  br i1 %158, label %176, label %159

159:                                              ; preds = %144
  %160 = getelementptr inbounds i8, ptr %155, i64 240
  %161 = load ptr, ptr %160, align 8, !tbaa !23
  %162 = icmp eq ptr %161, null
  br i1 %162, label %163, label %164

163:                                              ; preds = %159
  call void @_ZSt16__throw_bad_castv() #16
  unreachable

164:                                              ; preds = %159
  %165 = getelementptr inbounds i8, ptr %161, i64 56
  %166 = load i8, ptr %165, align 8, !tbaa !26
  %167 = icmp eq i8 %166, 0
  br i1 %167, label %168, label %174

168:                                              ; preds = %164
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %161) #15
  %169 = load ptr, ptr %161, align 8, !tbaa !9
  %170 = getelementptr inbounds i8, ptr %169, i64 48
  %171 = load ptr, ptr %170, align 8
  %172 = call noundef i8 %171(ptr noundef nonnull align 8 dereferenceable(570) %161, i8 noundef 32) #15
  %173 = load ptr, ptr %151, align 8, !tbaa !9
  br label %174

174:                                              ; preds = %168, %164
  %175 = phi ptr [ %173, %168 ], [ %152, %164 ]
  store i8 1, ptr %156, align 1, !tbaa !31
  br label %176

176:                                              ; preds = %144, %174
  %177 = phi ptr [ %152, %144 ], [ %175, %174 ]
  %178 = getelementptr inbounds i8, ptr %155, i64 224
  store i8 32, ptr %178, align 8, !tbaa !34
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %21)
  store i8 10, ptr %21, align 4, !tbaa !6
  %179 = getelementptr i8, ptr %177, i64 -24
  %180 = load i64, ptr %179, align 8
  %181 = getelementptr inbounds i8, ptr %151, i64 %180
  %182 = getelementptr inbounds i8, ptr %181, i64 16
  %183 = load i64, ptr %182, align 8, !tbaa !11
  %184 = icmp eq i64 %183, 0
  br i1 %184, label %187, label %185

185:                                              ; preds = %176
  %186 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %151, ptr noundef nonnull %21, i64 noundef 1) #15
  br label %189

187:                                              ; preds = %176
  %188 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %151, i8 noundef 10) #15
  br label %189

189:                                              ; preds = %185, %187
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %21)
  %190 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %191 = getelementptr i8, ptr %190, i64 -24
  %192 = load i64, ptr %191, align 8
  %193 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %192
  %194 = getelementptr inbounds i8, ptr %193, i64 24
  %195 = load i32, ptr %194, align 8, !tbaa !30
  %196 = and i32 %195, -261
  %197 = or disjoint i32 %196, 4
  store i32 %197, ptr %194, align 4, !tbaa !30
  %198 = load i64, ptr %191, align 8
  %199 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %198
  %200 = getelementptr inbounds i8, ptr %199, i64 8
  store i64 3, ptr %200, align 8, !tbaa !35
  %201 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, double noundef 0x400921FB53C8D4F1) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %20)
  store i8 32, ptr %20, align 4, !tbaa !6
  %202 = load ptr, ptr %201, align 8, !tbaa !9
  %203 = getelementptr i8, ptr %202, i64 -24
  %204 = load i64, ptr %203, align 8
  %205 = getelementptr inbounds i8, ptr %201, i64 %204
  %206 = getelementptr inbounds i8, ptr %205, i64 16
  %207 = load i64, ptr %206, align 8, !tbaa !11
  %208 = icmp eq i64 %207, 0
  br i1 %208, label %211, label %209

209:                                              ; preds = %189
  %210 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %201, ptr noundef nonnull %20, i64 noundef 1) #15
  br label %213

211:                                              ; preds = %189
  %212 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %201, i8 noundef 32) #15
  br label %213

213:                                              ; preds = %209, %211
  %214 = phi ptr [ %210, %209 ], [ %201, %211 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %20)
  %215 = load ptr, ptr %214, align 8, !tbaa !9
  %216 = getelementptr i8, ptr %215, i64 -24
  %217 = load i64, ptr %216, align 8
  %218 = getelementptr inbounds i8, ptr %214, i64 %217
  %219 = getelementptr inbounds i8, ptr %218, i64 24
  %220 = load i32, ptr %219, align 8, !tbaa !30
  %221 = and i32 %220, -261
  %222 = or disjoint i32 %221, 256
  store i32 %222, ptr %219, align 4, !tbaa !30
  %223 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %214, double noundef 0x40C81CD6C8B43958) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %19)
  store i8 32, ptr %19, align 4, !tbaa !6
  %224 = load ptr, ptr %223, align 8, !tbaa !9
  %225 = getelementptr i8, ptr %224, i64 -24
  %226 = load i64, ptr %225, align 8
  %227 = getelementptr inbounds i8, ptr %223, i64 %226
  %228 = getelementptr inbounds i8, ptr %227, i64 16
  %229 = load i64, ptr %228, align 8, !tbaa !11
  %230 = icmp eq i64 %229, 0
  br i1 %230, label %233, label %231

231:                                              ; preds = %213
  %232 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %223, ptr noundef nonnull %19, i64 noundef 1) #15
  br label %235

233:                                              ; preds = %213
  %234 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %223, i8 noundef 32) #15
  br label %235

235:                                              ; preds = %231, %233
  %236 = phi ptr [ %232, %231 ], [ %223, %233 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %19)
  %237 = load ptr, ptr %236, align 8, !tbaa !9
  %238 = getelementptr i8, ptr %237, i64 -24
  %239 = load i64, ptr %238, align 8
  %240 = getelementptr inbounds i8, ptr %236, i64 %239
  %241 = getelementptr inbounds i8, ptr %240, i64 24
  %242 = load i32, ptr %241, align 4, !tbaa !30
  %243 = and i32 %242, -261
  store i32 %243, ptr %241, align 4, !tbaa !30
  %244 = load i64, ptr %238, align 8
  %245 = getelementptr inbounds i8, ptr %236, i64 %244
  %246 = getelementptr inbounds i8, ptr %245, i64 8
  store i64 6, ptr %246, align 8, !tbaa !35
  %247 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %236, double noundef 1.000000e-01) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %18)
  store i8 10, ptr %18, align 4, !tbaa !6
  %248 = load ptr, ptr %247, align 8, !tbaa !9
  %249 = getelementptr i8, ptr %248, i64 -24
  %250 = load i64, ptr %249, align 8
  %251 = getelementptr inbounds i8, ptr %247, i64 %250
  %252 = getelementptr inbounds i8, ptr %251, i64 16
  %253 = load i64, ptr %252, align 8, !tbaa !11
  %254 = icmp eq i64 %253, 0
  br i1 %254, label %257, label %255

255:                                              ; preds = %235
  %256 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %247, ptr noundef nonnull %18, i64 noundef 1) #15
  br label %259

257:                                              ; preds = %235
  %258 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %247, i8 noundef 10) #15
  br label %259

259:                                              ; preds = %255, %257
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %18)
  %260 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !9
  %261 = getelementptr i8, ptr %260, i64 -24
  %262 = load i64, ptr %261, align 8
  %263 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %262
  %264 = getelementptr inbounds i8, ptr %263, i64 24
  %265 = load i32, ptr %264, align 8, !tbaa !30
  %266 = and i32 %265, -75
  %267 = or disjoint i32 %266, 8
  store i32 %267, ptr %264, align 4, !tbaa !30
  %268 = load i64, ptr %261, align 8
  %269 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %268
  %270 = getelementptr inbounds i8, ptr %269, i64 24
  %271 = load i32, ptr %270, align 8, !tbaa !30
  %272 = or i32 %271, 512
  store i32 %272, ptr %270, align 4, !tbaa !30
  %273 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 255) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %17)
  store i8 32, ptr %17, align 4, !tbaa !6
  %274 = load ptr, ptr %273, align 8, !tbaa !9
  %275 = getelementptr i8, ptr %274, i64 -24
  %276 = load i64, ptr %275, align 8
  %277 = getelementptr inbounds i8, ptr %273, i64 %276
  %278 = getelementptr inbounds i8, ptr %277, i64 16
  %279 = load i64, ptr %278, align 8, !tbaa !11
  %280 = icmp eq i64 %279, 0
  br i1 %280, label %283, label %281

281:                                              ; preds = %259
  %282 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %273, ptr noundef nonnull %17, i64 noundef 1) #15
  br label %285

283:                                              ; preds = %259
  %284 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %273, i8 noundef 32) #15
  br label %285

285:                                              ; preds = %281, %283
  %286 = phi ptr [ %282, %281 ], [ %273, %283 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %17)
  %287 = load ptr, ptr %286, align 8, !tbaa !9
  %288 = getelementptr i8, ptr %287, i64 -24
  %289 = load i64, ptr %288, align 8
  %290 = getelementptr inbounds i8, ptr %286, i64 %289
  %291 = getelementptr inbounds i8, ptr %290, i64 24
  %292 = load i32, ptr %291, align 8, !tbaa !30
  %293 = and i32 %292, -75
  %294 = or disjoint i32 %293, 64
  store i32 %294, ptr %291, align 4, !tbaa !30
  %295 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %286, i32 noundef 8) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %16)
  store i8 32, ptr %16, align 4, !tbaa !6
  %296 = load ptr, ptr %295, align 8, !tbaa !9
  %297 = getelementptr i8, ptr %296, i64 -24
  %298 = load i64, ptr %297, align 8
  %299 = getelementptr inbounds i8, ptr %295, i64 %298
  %300 = getelementptr inbounds i8, ptr %299, i64 16
  %301 = load i64, ptr %300, align 8, !tbaa !11
  %302 = icmp eq i64 %301, 0
  br i1 %302, label %305, label %303

303:                                              ; preds = %285
  %304 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %295, ptr noundef nonnull %16, i64 noundef 1) #15
  br label %307

305:                                              ; preds = %285
  %306 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %295, i8 noundef 32) #15
  br label %307

307:                                              ; preds = %303, %305
  %308 = phi ptr [ %304, %303 ], [ %295, %305 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %16)
  %309 = load ptr, ptr %308, align 8, !tbaa !9
  %310 = getelementptr i8, ptr %309, i64 -24
  %311 = load i64, ptr %310, align 8
  %312 = getelementptr inbounds i8, ptr %308, i64 %311
  %313 = getelementptr inbounds i8, ptr %312, i64 24
  %314 = load i32, ptr %313, align 8, !tbaa !30
  %315 = and i32 %314, -75
  %316 = or disjoint i32 %315, 2
  store i32 %316, ptr %313, align 4, !tbaa !30
  %317 = load i64, ptr %310, align 8
  %318 = getelementptr inbounds i8, ptr %308, i64 %317
  %319 = getelementptr inbounds i8, ptr %318, i64 24
  %320 = load i32, ptr %319, align 4, !tbaa !30
  %321 = and i32 %320, -513
  store i32 %321, ptr %319, align 4, !tbaa !30
  %322 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %308, i32 noundef 255) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %15)
  store i8 32, ptr %15, align 4, !tbaa !6
  %323 = load ptr, ptr %322, align 8, !tbaa !9
  %324 = getelementptr i8, ptr %323, i64 -24
  %325 = load i64, ptr %324, align 8
  %326 = getelementptr inbounds i8, ptr %322, i64 %325
  %327 = getelementptr inbounds i8, ptr %326, i64 16
  %328 = load i64, ptr %327, align 8, !tbaa !11
  %329 = icmp eq i64 %328, 0
  br i1 %329, label %332, label %330

330:                                              ; preds = %307
  %331 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %322, ptr noundef nonnull %15, i64 noundef 1) #15
  br label %334

332:                                              ; preds = %307
  %333 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %322, i8 noundef 32) #15
  br label %334

334:                                              ; preds = %330, %332
  %335 = phi ptr [ %331, %330 ], [ %322, %332 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %15)
  %336 = load ptr, ptr %335, align 8, !tbaa !9
  %337 = getelementptr i8, ptr %336, i64 -24
  %338 = load i64, ptr %337, align 8
  %339 = getelementptr inbounds i8, ptr %335, i64 %338
  %340 = getelementptr inbounds i8, ptr %339, i64 24
  %341 = load i32, ptr %340, align 8, !tbaa !30
  %342 = or i32 %341, 1
  store i32 %342, ptr %340, align 4, !tbaa !30
  %343 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %335, i1 noundef true) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %14)
  store i8 32, ptr %14, align 4, !tbaa !6
  %344 = load ptr, ptr %343, align 8, !tbaa !9
  %345 = getelementptr i8, ptr %344, i64 -24
  %346 = load i64, ptr %345, align 8
  %347 = getelementptr inbounds i8, ptr %343, i64 %346
  %348 = getelementptr inbounds i8, ptr %347, i64 16
  %349 = load i64, ptr %348, align 8, !tbaa !11
  %350 = icmp eq i64 %349, 0
  br i1 %350, label %353, label %351

351:                                              ; preds = %334
  %352 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %343, ptr noundef nonnull %14, i64 noundef 1) #15
  br label %355

353:                                              ; preds = %334
  %354 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %343, i8 noundef 32) #15
  br label %355

355:                                              ; preds = %351, %353
  %356 = phi ptr [ %352, %351 ], [ %343, %353 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %14)
  %357 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %356, i1 noundef false) #15
  %358 = load ptr, ptr %357, align 8, !tbaa !9
  %359 = getelementptr i8, ptr %358, i64 -24
  %360 = load i64, ptr %359, align 8
  %361 = getelementptr inbounds i8, ptr %357, i64 %360
  %362 = getelementptr inbounds i8, ptr %361, i64 24
  %363 = load i32, ptr %362, align 4, !tbaa !30
  %364 = and i32 %363, -2
  store i32 %364, ptr %362, align 4, !tbaa !30
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %13)
  store i8 32, ptr %13, align 4, !tbaa !6
  %365 = load i64, ptr %359, align 8
  %366 = getelementptr inbounds i8, ptr %357, i64 %365
  %367 = getelementptr inbounds i8, ptr %366, i64 16
  %368 = load i64, ptr %367, align 8, !tbaa !11
  %369 = icmp eq i64 %368, 0
  br i1 %369, label %372, label %370

370:                                              ; preds = %355
  %371 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %357, ptr noundef nonnull %13, i64 noundef 1) #15
  br label %374

372:                                              ; preds = %355
  %373 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %357, i8 noundef 32) #15
  br label %374

374:                                              ; preds = %370, %372
  %375 = phi ptr [ %371, %370 ], [ %357, %372 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13)
  %376 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %375, i1 noundef true) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %12)
  store i8 10, ptr %12, align 4, !tbaa !6
  %377 = load ptr, ptr %376, align 8, !tbaa !9
  %378 = getelementptr i8, ptr %377, i64 -24
  %379 = load i64, ptr %378, align 8
  %380 = getelementptr inbounds i8, ptr %376, i64 %379
  %381 = getelementptr inbounds i8, ptr %380, i64 16
  %382 = load i64, ptr %381, align 8, !tbaa !11
  %383 = icmp eq i64 %382, 0
  br i1 %383, label %386, label %384

384:                                              ; preds = %374
  %385 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %376, ptr noundef nonnull %12, i64 noundef 1) #15
  br label %388

386:                                              ; preds = %374
  %387 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %376, i8 noundef 10) #15
  br label %388

388:                                              ; preds = %384, %386
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %12)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %24) #15
  store i64 -17179869181, ptr %24, align 8
  %389 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.4, i64 noundef 6) #15
  %390 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %24)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %11)
  store i8 10, ptr %11, align 4, !tbaa !6
  %391 = load ptr, ptr %390, align 8, !tbaa !9
  %392 = getelementptr i8, ptr %391, i64 -24
  %393 = load i64, ptr %392, align 8
  %394 = getelementptr inbounds i8, ptr %390, i64 %393
  %395 = getelementptr inbounds i8, ptr %394, i64 16
  %396 = load i64, ptr %395, align 8, !tbaa !11
  %397 = icmp eq i64 %396, 0
  br i1 %397, label %400, label %398

398:                                              ; preds = %388
  %399 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %390, ptr noundef nonnull %11, i64 noundef 1) #15
  br label %402

400:                                              ; preds = %388
  %401 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %390, i8 noundef 10) #15
  br label %402

402:                                              ; preds = %398, %400
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %11)
  call void @llvm.lifetime.start.p0(i64 376, ptr nonnull %25) #15
  %403 = getelementptr inbounds i8, ptr %25, i64 112
  call void @_ZNSt8ios_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(216) %403) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTVSt9basic_iosIcSt11char_traitsIcEE, i64 16), ptr %403, align 8, !tbaa !9
  %404 = getelementptr inbounds i8, ptr %25, i64 328
  store ptr null, ptr %404, align 8, !tbaa !36
  %405 = getelementptr inbounds i8, ptr %25, i64 336
  store i8 0, ptr %405, align 8, !tbaa !34
  %406 = getelementptr inbounds i8, ptr %25, i64 337
  store i8 0, ptr %406, align 1, !tbaa !31
  %407 = getelementptr inbounds i8, ptr %25, i64 344
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %407, i8 0, i64 32, i1 false)
  %408 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 8), align 8
  store ptr %408, ptr %25, align 8, !tbaa !9
  %409 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  %410 = getelementptr i8, ptr %408, i64 -24
  %411 = load i64, ptr %410, align 8
  %412 = getelementptr inbounds i8, ptr %25, i64 %411
  store ptr %409, ptr %412, align 8, !tbaa !9
  %413 = load ptr, ptr %25, align 8, !tbaa !9
  %414 = getelementptr i8, ptr %413, i64 -24
  %415 = load i64, ptr %414, align 8
  %416 = getelementptr inbounds i8, ptr %25, i64 %415
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %416, ptr noundef null) #15
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 24), ptr %25, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 64), ptr %403, align 8, !tbaa !9
  %417 = getelementptr inbounds i8, ptr %25, i64 8
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %417, align 8, !tbaa !9
  %418 = getelementptr inbounds i8, ptr %25, i64 16
  %419 = getelementptr inbounds i8, ptr %25, i64 64
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(48) %418, i8 0, i64 48, i1 false)
  call void @_ZNSt6localeC1Ev(ptr noundef nonnull align 8 dereferenceable(8) %419) #15
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %417, align 8, !tbaa !9
  %420 = getelementptr inbounds i8, ptr %25, i64 72
  store i32 16, ptr %420, align 8, !tbaa !37
  %421 = getelementptr inbounds i8, ptr %25, i64 80
  %422 = getelementptr inbounds i8, ptr %25, i64 96
  store ptr %422, ptr %421, align 8, !tbaa !43
  %423 = getelementptr inbounds i8, ptr %25, i64 88
  store i64 0, ptr %423, align 8, !tbaa !44
  store i8 0, ptr %422, align 8, !tbaa !6
  %424 = load ptr, ptr %25, align 8, !tbaa !9
  %425 = getelementptr i8, ptr %424, i64 -24
  %426 = load i64, ptr %425, align 8
  %427 = getelementptr inbounds i8, ptr %25, i64 %426
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %427, ptr noundef nonnull %417) #15
  %428 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.6, i64 noundef 0) #15
  %429 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 0) #15
  %430 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1) #15
  %431 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 1) #15
  %432 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1) #15
  %433 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 4) #15
  %434 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1) #15
  %435 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 9) #15
  %436 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1) #15
  %437 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 16) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %26) #15
  call void @llvm.experimental.noalias.scope.decl(metadata !45)
  call void @llvm.experimental.noalias.scope.decl(metadata !48)
  %438 = getelementptr inbounds i8, ptr %26, i64 16
  store ptr %438, ptr %26, align 8, !tbaa !43, !alias.scope !51
  %439 = getelementptr inbounds i8, ptr %26, i64 8
  store i64 0, ptr %439, align 8, !tbaa !44, !alias.scope !51
  store i8 0, ptr %438, align 8, !tbaa !6, !alias.scope !51
  %440 = getelementptr inbounds i8, ptr %25, i64 48
  %441 = load ptr, ptr %440, align 8, !tbaa !52, !noalias !51
  %442 = icmp eq ptr %441, null
  %443 = getelementptr inbounds i8, ptr %25, i64 32
  %444 = load ptr, ptr %443, align 8, !noalias !51
  %445 = icmp ugt ptr %441, %444
  %446 = select i1 %445, ptr %441, ptr %444
  %447 = icmp eq ptr %446, null
  %448 = select i1 %442, i1 true, i1 %447
  br i1 %448, label %456, label %449

449:                                              ; preds = %402
  %450 = getelementptr inbounds i8, ptr %25, i64 40
  %451 = load ptr, ptr %450, align 8, !tbaa !53, !noalias !51
  %452 = ptrtoint ptr %446 to i64
  %453 = ptrtoint ptr %451 to i64
  %454 = sub i64 %452, %453
  %455 = call noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %26, i64 noundef 0, i64 noundef 0, ptr noundef %451, i64 noundef %454) #15
  br label %457

456:                                              ; preds = %402
  call void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32) %26, ptr noundef nonnull align 8 dereferenceable(32) %421) #15
  br label %457

457:                                              ; preds = %449, %456
  %458 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.7, i64 noundef 8) #15
  %459 = load ptr, ptr %26, align 8, !tbaa !54
  %460 = load i64, ptr %439, align 8, !tbaa !44
  %461 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %459, i64 noundef %460) #15
  %462 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %461, ptr noundef nonnull @.str.8, i64 noundef 2) #15
  %463 = load i64, ptr %439, align 8, !tbaa !44
  %464 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %461, i64 noundef %463) #15
  %465 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %464, ptr noundef nonnull @.str.9, i64 noundef 8) #15
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %27) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %28) #15
  %466 = getelementptr inbounds i8, ptr %28, i64 16
  store ptr %466, ptr %28, align 8, !tbaa !43
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #15
  store i64 44, ptr %10, align 8, !tbaa !55
  %467 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %28, ptr noundef nonnull align 8 dereferenceable(8) %10, i64 noundef 0) #15
  store ptr %467, ptr %28, align 8, !tbaa !54
  %468 = load i64, ptr %10, align 8, !tbaa !55
  store i64 %468, ptr %466, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(44) %467, ptr noundef nonnull align 1 dereferenceable(44) @.str.10, i64 44, i1 false)
  %469 = getelementptr inbounds i8, ptr %28, i64 8
  store i64 %468, ptr %469, align 8, !tbaa !44
  %470 = getelementptr inbounds i8, ptr %467, i64 %468
  store i8 0, ptr %470, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #15
  %471 = getelementptr inbounds i8, ptr %27, i64 120
  call void @_ZNSt8ios_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(216) %471) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTVSt9basic_iosIcSt11char_traitsIcEE, i64 16), ptr %471, align 8, !tbaa !9
  %472 = getelementptr inbounds i8, ptr %27, i64 336
  store ptr null, ptr %472, align 8, !tbaa !36
  %473 = getelementptr inbounds i8, ptr %27, i64 344
  store i8 0, ptr %473, align 8, !tbaa !34
  %474 = getelementptr inbounds i8, ptr %27, i64 345
  store i8 0, ptr %474, align 1, !tbaa !31
  %475 = getelementptr inbounds i8, ptr %27, i64 352
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %475, i8 0, i64 32, i1 false)
  %476 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 8), align 8
  store ptr %476, ptr %27, align 8, !tbaa !9
  %477 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  %478 = getelementptr i8, ptr %476, i64 -24
  %479 = load i64, ptr %478, align 8
  %480 = getelementptr inbounds i8, ptr %27, i64 %479
  store ptr %477, ptr %480, align 8, !tbaa !9
  %481 = getelementptr inbounds i8, ptr %27, i64 8
  store i64 0, ptr %481, align 8, !tbaa !56
  %482 = load ptr, ptr %27, align 8, !tbaa !9
  %483 = getelementptr i8, ptr %482, i64 -24
  %484 = load i64, ptr %483, align 8
  %485 = getelementptr inbounds i8, ptr %27, i64 %484
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %485, ptr noundef null) #15
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), ptr %27, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 64), ptr %471, align 8, !tbaa !9
  %486 = getelementptr inbounds i8, ptr %27, i64 16
  call void @_ZNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEC2ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(104) %486, ptr noundef nonnull align 8 dereferenceable(32) %28, i32 noundef 8)
  %487 = load ptr, ptr %27, align 8, !tbaa !9
  %488 = getelementptr i8, ptr %487, i64 -24
  %489 = load i64, ptr %488, align 8
  %490 = getelementptr inbounds i8, ptr %27, i64 %489
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %490, ptr noundef nonnull %486) #15
  %491 = load ptr, ptr %28, align 8, !tbaa !54
  %492 = icmp eq ptr %491, %466
  br i1 %492, label %496, label %493

493:                                              ; preds = %457
  %494 = load i64, ptr %466, align 8, !tbaa !6
  %495 = add i64 %494, 1
  call void @_ZdlPvm(ptr noundef %491, i64 noundef %495) #17
  br label %496

496:                                              ; preds = %457, %493
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %28) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %29) #15
  %497 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %497, ptr %29, align 8, !tbaa !43
  %498 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 0, ptr %498, align 8, !tbaa !44
  store i8 0, ptr %497, align 8, !tbaa !6
  %499 = getelementptr inbounds i8, ptr %27, i64 240
  %500 = getelementptr inbounds i8, ptr %30, i64 32
  %501 = getelementptr inbounds i8, ptr %30, i64 120
  %502 = getelementptr inbounds i8, ptr %30, i64 336
  %503 = getelementptr inbounds i8, ptr %30, i64 344
  %504 = getelementptr inbounds i8, ptr %30, i64 345
  %505 = getelementptr inbounds i8, ptr %30, i64 352
  %506 = getelementptr inbounds i8, ptr %30, i64 8
  %507 = getelementptr inbounds i8, ptr %30, i64 16
  %508 = getelementptr inbounds i8, ptr %31, i64 16
  %509 = getelementptr inbounds i8, ptr %31, i64 8
  %510 = load ptr, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, align 8
  %511 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %512 = getelementptr i8, ptr %510, i64 -24
  %513 = getelementptr inbounds i8, ptr %30, i64 88
  %514 = getelementptr inbounds i8, ptr %30, i64 104
  %515 = getelementptr inbounds i8, ptr %30, i64 72
  br label %516

516:                                              ; preds = %496, %624
  %517 = phi i32 [ 0, %496 ], [ %610, %624 ]
  %518 = load ptr, ptr %27, align 8, !tbaa !9
  %519 = getelementptr i8, ptr %518, i64 -24
  %520 = load i64, ptr %519, align 8
  %521 = getelementptr i8, ptr %499, i64 %520
  %522 = load ptr, ptr %521, align 8, !tbaa !23
  %523 = icmp eq ptr %522, null
  br i1 %523, label %524, label %525

524:                                              ; preds = %516
  call void @_ZSt16__throw_bad_castv() #16
  unreachable

525:                                              ; preds = %516
  %526 = getelementptr inbounds i8, ptr %522, i64 56
  %527 = load i8, ptr %526, align 8, !tbaa !26
  %528 = icmp eq i8 %527, 0
  br i1 %528, label %532, label %529

529:                                              ; preds = %525
  %530 = getelementptr inbounds i8, ptr %522, i64 67
  %531 = load i8, ptr %530, align 1, !tbaa !6
  br label %537

532:                                              ; preds = %525
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %522) #15
  %533 = load ptr, ptr %522, align 8, !tbaa !9
  %534 = getelementptr inbounds i8, ptr %533, i64 48
  %535 = load ptr, ptr %534, align 8
  %536 = call noundef i8 %535(ptr noundef nonnull align 8 dereferenceable(570) %522, i8 noundef 10) #15
  br label %537

537:                                              ; preds = %529, %532
  %538 = phi i8 [ %531, %529 ], [ %536, %532 ]
  %539 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 8 dereferenceable(32) %29, i8 noundef %538) #15
  %540 = load ptr, ptr %539, align 8, !tbaa !9
  %541 = getelementptr i8, ptr %540, i64 -24
  %542 = load i64, ptr %541, align 8
  %543 = getelementptr inbounds i8, ptr %539, i64 %542
  %544 = getelementptr inbounds i8, ptr %543, i64 32
  %545 = load i32, ptr %544, align 8, !tbaa !58
  %546 = and i32 %545, 5
  %547 = icmp eq i32 %546, 0
  br i1 %547, label %548, label %628

548:                                              ; preds = %537
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %30) #15
  call void @_ZNSt8ios_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(216) %501) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTVSt9basic_iosIcSt11char_traitsIcEE, i64 16), ptr %501, align 8, !tbaa !9
  store ptr null, ptr %502, align 8, !tbaa !36
  store i8 0, ptr %503, align 8, !tbaa !34
  store i8 0, ptr %504, align 1, !tbaa !31
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %505, i8 0, i64 32, i1 false)
  store ptr %476, ptr %30, align 8, !tbaa !9
  %549 = load i64, ptr %478, align 8
  %550 = getelementptr inbounds i8, ptr %30, i64 %549
  store ptr %477, ptr %550, align 8, !tbaa !9
  store i64 0, ptr %506, align 8, !tbaa !56
  %551 = load ptr, ptr %30, align 8, !tbaa !9
  %552 = getelementptr i8, ptr %551, i64 -24
  %553 = load i64, ptr %552, align 8
  %554 = getelementptr inbounds i8, ptr %30, i64 %553
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %554, ptr noundef null) #15
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), ptr %30, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 64), ptr %501, align 8, !tbaa !9
  call void @_ZNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEC2ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(104) %507, ptr noundef nonnull align 8 dereferenceable(32) %29, i32 noundef 8)
  %555 = load ptr, ptr %30, align 8, !tbaa !9
  %556 = getelementptr i8, ptr %555, i64 -24
  %557 = load i64, ptr %556, align 8
  %558 = getelementptr inbounds i8, ptr %30, i64 %557
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %558, ptr noundef nonnull %507) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %31) #15
  store ptr %508, ptr %31, align 8, !tbaa !43
  store i64 0, ptr %509, align 8, !tbaa !44
  store i8 0, ptr %508, align 8, !tbaa !6
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %32) #15
  store i32 0, ptr %32, align 4, !tbaa !59
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %33) #15
  store double 0.000000e+00, ptr %33, align 8, !tbaa !60
  %559 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %30, ptr noundef nonnull align 8 dereferenceable(32) %31) #15
  %560 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %559, ptr noundef nonnull align 4 dereferenceable(4) %32) #15
  %561 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %560, ptr noundef nonnull align 8 dereferenceable(8) %33) #15
  %562 = load ptr, ptr %561, align 8, !tbaa !9
  %563 = getelementptr i8, ptr %562, i64 -24
  %564 = load i64, ptr %563, align 8
  %565 = getelementptr inbounds i8, ptr %561, i64 %564
  %566 = getelementptr inbounds i8, ptr %565, i64 32
  %567 = load i32, ptr %566, align 8, !tbaa !58
  %568 = and i32 %567, 5
  %569 = icmp eq i32 %568, 0
  %570 = load ptr, ptr %31, align 8, !tbaa !54
  %571 = load i64, ptr %509, align 8, !tbaa !44
  %572 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %570, i64 noundef %571) #15
  br i1 %569, label %573, label %598

573:                                              ; preds = %548
  %574 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %572, ptr noundef nonnull @.str.11, i64 noundef 2) #15
  %575 = load i32, ptr %32, align 4, !tbaa !59
  %576 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %572, i32 noundef %575) #15
  %577 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %576, ptr noundef nonnull @.str.12, i64 noundef 3) #15
  %578 = load double, ptr %33, align 8, !tbaa !60
  %579 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %576, double noundef %578) #15
  %580 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %579, ptr noundef nonnull @.str.13, i64 noundef 3) #15
  %581 = load i32, ptr %32, align 4, !tbaa !59
  %582 = sitofp i32 %581 to double
  %583 = load double, ptr %33, align 8, !tbaa !60
  %584 = fmul double %583, %582
  %585 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %579, double noundef %584) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %9)
  store i8 10, ptr %9, align 4, !tbaa !6
  %586 = load ptr, ptr %585, align 8, !tbaa !9
  %587 = getelementptr i8, ptr %586, i64 -24
  %588 = load i64, ptr %587, align 8
  %589 = getelementptr inbounds i8, ptr %585, i64 %588
  %590 = getelementptr inbounds i8, ptr %589, i64 16
  %591 = load i64, ptr %590, align 8, !tbaa !11
  %592 = icmp eq i64 %591, 0
  br i1 %592, label %595, label %593

593:                                              ; preds = %573
  %594 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %585, ptr noundef nonnull %9, i64 noundef 1) #15
  br label %597

595:                                              ; preds = %573
  %596 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %585, i8 noundef 10) #15
  br label %597

597:                                              ; preds = %593, %595
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %9)
  br label %609

598:                                              ; preds = %548
  %599 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %572, ptr noundef nonnull @.str.14, i64 noundef 20) #15
  %600 = load ptr, ptr %30, align 8, !tbaa !9
  %601 = getelementptr i8, ptr %600, i64 -24
  %602 = load i64, ptr %601, align 8
  %603 = getelementptr i8, ptr %500, i64 %602
  %604 = load i32, ptr %603, align 8, !tbaa !58
  %605 = and i32 %604, 5
  %606 = icmp ne i32 %605, 0
  %607 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %572, i1 noundef %606) #15
  %608 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %607, ptr noundef nonnull @.str.15, i64 noundef 2) #15
  br label %609

609:                                              ; preds = %598, %597
  %610 = add nuw nsw i32 %517, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %33) #15
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %32) #15
  %611 = load ptr, ptr %31, align 8, !tbaa !54
  %612 = icmp eq ptr %611, %508
  br i1 %612, label %616, label %613

613:                                              ; preds = %609
  %614 = load i64, ptr %508, align 8, !tbaa !6
  %615 = add i64 %614, 1
  call void @_ZdlPvm(ptr noundef %611, i64 noundef %615) #17
  br label %616

616:                                              ; preds = %609, %613
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %31) #15
  store ptr %510, ptr %30, align 8, !tbaa !9
  %617 = load i64, ptr %512, align 8
  %618 = getelementptr inbounds i8, ptr %30, i64 %617
  store ptr %511, ptr %618, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %507, align 8, !tbaa !9
  %619 = load ptr, ptr %513, align 8, !tbaa !54
  %620 = icmp eq ptr %619, %514
  br i1 %620, label %624, label %621

621:                                              ; preds = %616
  %622 = load i64, ptr %514, align 8, !tbaa !6
  %623 = add i64 %622, 1
  call void @_ZdlPvm(ptr noundef %619, i64 noundef %623) #17
  br label %624

624:                                              ; preds = %616, %621
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %507, align 8, !tbaa !9
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %515) #15
  store ptr %476, ptr %30, align 8, !tbaa !9
  %625 = load i64, ptr %478, align 8
  %626 = getelementptr inbounds i8, ptr %30, i64 %625
  store ptr %477, ptr %626, align 8, !tbaa !9
  store i64 0, ptr %506, align 8, !tbaa !56
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %501) #15
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %30) #15
  %627 = icmp eq i32 %610, 3
  br i1 %627, label %628, label %516, !llvm.loop !62

628:                                              ; preds = %624, %537
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %34) #15
  store i64 0, ptr %34, align 8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %7) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %8) #15
  %629 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 1 dereferenceable(1) %6) #15
  %630 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %629, ptr noundef nonnull align 4 dereferenceable(4) %34) #15
  %631 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %630, ptr noundef nonnull align 1 dereferenceable(1) %7) #15
  %632 = getelementptr inbounds i8, ptr %34, i64 4
  %633 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %631, ptr noundef nonnull align 4 dereferenceable(4) %632) #15
  %634 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %633, ptr noundef nonnull align 1 dereferenceable(1) %8) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %8) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %7) #15
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #15
  %635 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.16, i64 noundef 11) #15
  %636 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %34)
  %637 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %636, ptr noundef nonnull @.str.17, i64 noundef 7) #15
  %638 = load ptr, ptr %27, align 8, !tbaa !9
  %639 = getelementptr i8, ptr %638, i64 -24
  %640 = load i64, ptr %639, align 8
  %641 = getelementptr inbounds i8, ptr %27, i64 %640
  %642 = getelementptr inbounds i8, ptr %641, i64 32
  %643 = load i32, ptr %642, align 8, !tbaa !58
  %644 = icmp eq i32 %643, 0
  %645 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %636, i1 noundef %644) #15
  %646 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %645, ptr noundef nonnull @.str.18, i64 noundef 6) #15
  %647 = load ptr, ptr %27, align 8, !tbaa !9
  %648 = getelementptr i8, ptr %647, i64 -24
  %649 = load i64, ptr %648, align 8
  %650 = getelementptr inbounds i8, ptr %27, i64 %649
  %651 = getelementptr inbounds i8, ptr %650, i64 32
  %652 = load i32, ptr %651, align 8, !tbaa !58
  %653 = and i32 %652, 2
  %654 = icmp ne i32 %653, 0
  %655 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %645, i1 noundef %654) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5)
  store i8 10, ptr %5, align 4, !tbaa !6
  %656 = load ptr, ptr %655, align 8, !tbaa !9
  %657 = getelementptr i8, ptr %656, i64 -24
  %658 = load i64, ptr %657, align 8
  %659 = getelementptr inbounds i8, ptr %655, i64 %658
  %660 = getelementptr inbounds i8, ptr %659, i64 16
  %661 = load i64, ptr %660, align 8, !tbaa !11
  %662 = icmp eq i64 %661, 0
  br i1 %662, label %665, label %663

663:                                              ; preds = %628
  %664 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %655, ptr noundef nonnull %5, i64 noundef 1) #15
  br label %667

665:                                              ; preds = %628
  %666 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %655, i8 noundef 10) #15
  br label %667

667:                                              ; preds = %663, %665
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %35) #15
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %35, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %36) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %37) #15
  %668 = getelementptr inbounds i8, ptr %37, i64 16
  store ptr %668, ptr %37, align 8, !tbaa !43
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #15
  store i64 40, ptr %4, align 8, !tbaa !55
  %669 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %37, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #15
  store ptr %669, ptr %37, align 8, !tbaa !54
  %670 = load i64, ptr %4, align 8, !tbaa !55
  store i64 %670, ptr %668, align 8, !tbaa !6
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(40) %669, ptr noundef nonnull align 1 dereferenceable(40) @.str.19, i64 40, i1 false)
  %671 = getelementptr inbounds i8, ptr %37, i64 8
  store i64 %670, ptr %671, align 8, !tbaa !44
  %672 = getelementptr inbounds i8, ptr %669, i64 %670
  store i8 0, ptr %672, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #15
  %673 = getelementptr inbounds i8, ptr %36, i64 120
  call void @_ZNSt8ios_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(216) %673) #15
  store ptr getelementptr inbounds inrange(-16, 16) (i8, ptr @_ZTVSt9basic_iosIcSt11char_traitsIcEE, i64 16), ptr %673, align 8, !tbaa !9
  %674 = getelementptr inbounds i8, ptr %36, i64 336
  store ptr null, ptr %674, align 8, !tbaa !36
  %675 = getelementptr inbounds i8, ptr %36, i64 344
  store i8 0, ptr %675, align 8, !tbaa !34
  %676 = getelementptr inbounds i8, ptr %36, i64 345
  store i8 0, ptr %676, align 1, !tbaa !31
  %677 = getelementptr inbounds i8, ptr %36, i64 352
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %677, i8 0, i64 32, i1 false)
  store ptr %476, ptr %36, align 8, !tbaa !9
  %678 = load i64, ptr %478, align 8
  %679 = getelementptr inbounds i8, ptr %36, i64 %678
  store ptr %477, ptr %679, align 8, !tbaa !9
  %680 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 0, ptr %680, align 8, !tbaa !56
  %681 = load ptr, ptr %36, align 8, !tbaa !9
  %682 = getelementptr i8, ptr %681, i64 -24
  %683 = load i64, ptr %682, align 8
  %684 = getelementptr inbounds i8, ptr %36, i64 %683
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %684, ptr noundef null) #15
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), ptr %36, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-24, 16) (i8, ptr @_ZTVNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 64), ptr %673, align 8, !tbaa !9
  %685 = getelementptr inbounds i8, ptr %36, i64 16
  call void @_ZNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEC2ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(104) %685, ptr noundef nonnull align 8 dereferenceable(32) %37, i32 noundef 8)
  %686 = load ptr, ptr %36, align 8, !tbaa !9
  %687 = getelementptr i8, ptr %686, i64 -24
  %688 = load i64, ptr %687, align 8
  %689 = getelementptr inbounds i8, ptr %36, i64 %688
  call void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264) %689, ptr noundef nonnull %685) #15
  %690 = load ptr, ptr %37, align 8, !tbaa !54
  %691 = icmp eq ptr %690, %668
  br i1 %691, label %695, label %692

692:                                              ; preds = %667
  %693 = load i64, ptr %668, align 8, !tbaa !6
  %694 = add i64 %693, 1
  call void @_ZdlPvm(ptr noundef %690, i64 noundef %694) #17
  br label %695

695:                                              ; preds = %667, %692
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %37) #15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %38) #15
  %696 = getelementptr inbounds i8, ptr %38, i64 16
  store ptr %696, ptr %38, align 8, !tbaa !43
  %697 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 0, ptr %697, align 8, !tbaa !44
  store i8 0, ptr %696, align 8, !tbaa !6
  %698 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %36, ptr noundef nonnull align 8 dereferenceable(32) %38) #15
  %699 = load ptr, ptr %698, align 8, !tbaa !9
  %700 = getelementptr i8, ptr %699, i64 -24
  %701 = load i64, ptr %700, align 8
  %702 = getelementptr inbounds i8, ptr %698, i64 %701
  %703 = getelementptr inbounds i8, ptr %702, i64 32
  %704 = load i32, ptr %703, align 8, !tbaa !58
  %705 = and i32 %704, 5
  %706 = icmp eq i32 %705, 0
  br i1 %706, label %707, label %710

707:                                              ; preds = %695
  %708 = getelementptr inbounds i8, ptr %35, i64 8
  %709 = getelementptr inbounds i8, ptr %35, i64 16
  br label %892

710:                                              ; preds = %918, %695
  %711 = load ptr, ptr %38, align 8, !tbaa !54
  %712 = icmp eq ptr %711, %696
  br i1 %712, label %716, label %713

713:                                              ; preds = %710
  %714 = load i64, ptr %696, align 8, !tbaa !6
  %715 = add i64 %714, 1
  call void @_ZdlPvm(ptr noundef %711, i64 noundef %715) #17
  br label %716

716:                                              ; preds = %710, %713
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %38) #15
  %717 = getelementptr inbounds i8, ptr %35, i64 8
  %718 = load ptr, ptr %717, align 8, !tbaa !64
  %719 = load ptr, ptr %35, align 8, !tbaa !66
  %720 = ptrtoint ptr %718 to i64
  %721 = ptrtoint ptr %719 to i64
  %722 = sub i64 %720, %721
  %723 = ashr exact i64 %722, 5
  %724 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i64 noundef %723) #15
  %725 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %724, ptr noundef nonnull @.str.20, i64 noundef 14) #15
  %726 = load ptr, ptr %717, align 8, !tbaa !29
  %727 = getelementptr inbounds i8, ptr %726, i64 -32
  %728 = load ptr, ptr %727, align 8, !tbaa !54
  %729 = getelementptr inbounds i8, ptr %726, i64 -24
  %730 = load i64, ptr %729, align 8, !tbaa !44
  %731 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %724, ptr noundef %728, i64 noundef %730) #15
  %732 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %731, ptr noundef nonnull @.str.21, i64 noundef 2) #15
  call void @llvm.lifetime.start.p0(i64 392, ptr nonnull %39) #15
  call void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128) %39)
  %733 = getelementptr inbounds i8, ptr %39, i64 16
  %734 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %733, i32 noundef 127) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3)
  store i8 32, ptr %3, align 4, !tbaa !6
  %735 = load ptr, ptr %734, align 8, !tbaa !9
  %736 = getelementptr i8, ptr %735, i64 -24
  %737 = load i64, ptr %736, align 8
  %738 = getelementptr inbounds i8, ptr %734, i64 %737
  %739 = getelementptr inbounds i8, ptr %738, i64 16
  %740 = load i64, ptr %739, align 8, !tbaa !11
  %741 = icmp eq i64 %740, 0
  br i1 %741, label %744, label %742

742:                                              ; preds = %716
  %743 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %734, ptr noundef nonnull %3, i64 noundef 1) #15
  br label %746

744:                                              ; preds = %716
  %745 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %734, i8 noundef 32) #15
  br label %746

746:                                              ; preds = %742, %744
  %747 = phi ptr [ %743, %742 ], [ %734, %744 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3)
  %748 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %747, double noundef 1.000000e-03) #15
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %40) #15
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %41) #15
  %749 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %39, ptr noundef nonnull align 4 dereferenceable(4) %40) #15
  %750 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %749, ptr noundef nonnull align 8 dereferenceable(8) %41) #15
  %751 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.22, i64 noundef 11) #15
  %752 = load i32, ptr %40, align 4, !tbaa !59
  %753 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef %752) #15
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2)
  store i8 32, ptr %2, align 4, !tbaa !6
  %754 = load ptr, ptr %753, align 8, !tbaa !9
  %755 = getelementptr i8, ptr %754, i64 -24
  %756 = load i64, ptr %755, align 8
  %757 = getelementptr inbounds i8, ptr %753, i64 %756
  %758 = getelementptr inbounds i8, ptr %757, i64 16
  %759 = load i64, ptr %758, align 8, !tbaa !11
  %760 = icmp eq i64 %759, 0
  br i1 %760, label %763, label %761

761:                                              ; preds = %746
  %762 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %753, ptr noundef nonnull %2, i64 noundef 1) #15
  br label %765

763:                                              ; preds = %746
  %764 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %753, i8 noundef 32) #15
  br label %765

765:                                              ; preds = %761, %763
  %766 = phi ptr [ %762, %761 ], [ %753, %763 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2)
  %767 = load double, ptr %41, align 8, !tbaa !60
  %768 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %766, double noundef %767) #15
  %769 = load ptr, ptr %768, align 8, !tbaa !9
  %770 = getelementptr i8, ptr %769, i64 -24
  %771 = load i64, ptr %770, align 8
  %772 = getelementptr inbounds i8, ptr %768, i64 %771
  %773 = getelementptr inbounds i8, ptr %772, i64 240
  %774 = load ptr, ptr %773, align 8, !tbaa !23
  %775 = icmp eq ptr %774, null
  br i1 %775, label %776, label %777

776:                                              ; preds = %765
  call void @_ZSt16__throw_bad_castv() #16
  unreachable

777:                                              ; preds = %765
  %778 = getelementptr inbounds i8, ptr %774, i64 56
  %779 = load i8, ptr %778, align 8, !tbaa !26
  %780 = icmp eq i8 %779, 0
  br i1 %780, label %784, label %781

781:                                              ; preds = %777
  %782 = getelementptr inbounds i8, ptr %774, i64 67
  %783 = load i8, ptr %782, align 1, !tbaa !6
  br label %789

784:                                              ; preds = %777
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %774) #15
  %785 = load ptr, ptr %774, align 8, !tbaa !9
  %786 = getelementptr inbounds i8, ptr %785, i64 48
  %787 = load ptr, ptr %786, align 8
  %788 = call noundef i8 %787(ptr noundef nonnull align 8 dereferenceable(570) %774, i8 noundef 10) #15
  br label %789

789:                                              ; preds = %781, %784
  %790 = phi i8 [ %783, %781 ], [ %788, %784 ]
  %791 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %768, i8 noundef %790) #15
  %792 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %791) #15
  %793 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cerr, ptr noundef nonnull @.str.23, i64 noundef 40) #15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %41) #15
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %40) #15
  %794 = load ptr, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %794, ptr %39, align 8, !tbaa !9
  %795 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 64), align 8
  %796 = getelementptr i8, ptr %794, i64 -24
  %797 = load i64, ptr %796, align 8
  %798 = getelementptr inbounds i8, ptr %39, i64 %797
  store ptr %795, ptr %798, align 8, !tbaa !9
  %799 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 72), align 8
  store ptr %799, ptr %733, align 8, !tbaa !9
  %800 = getelementptr inbounds i8, ptr %39, i64 24
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %800, align 8, !tbaa !9
  %801 = getelementptr inbounds i8, ptr %39, i64 96
  %802 = load ptr, ptr %801, align 8, !tbaa !54
  %803 = getelementptr inbounds i8, ptr %39, i64 112
  %804 = icmp eq ptr %802, %803
  br i1 %804, label %808, label %805

805:                                              ; preds = %789
  %806 = load i64, ptr %803, align 8, !tbaa !6
  %807 = add i64 %806, 1
  call void @_ZdlPvm(ptr noundef %802, i64 noundef %807) #17
  br label %808

808:                                              ; preds = %789, %805
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %800, align 8, !tbaa !9
  %809 = getelementptr inbounds i8, ptr %39, i64 80
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %809) #15
  %810 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  store ptr %810, ptr %39, align 8, !tbaa !9
  %811 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %812 = getelementptr i8, ptr %810, i64 -24
  %813 = load i64, ptr %812, align 8
  %814 = getelementptr inbounds i8, ptr %39, i64 %813
  store ptr %811, ptr %814, align 8, !tbaa !9
  %815 = getelementptr inbounds i8, ptr %39, i64 8
  store i64 0, ptr %815, align 8, !tbaa !56
  %816 = getelementptr inbounds i8, ptr %39, i64 128
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %816) #15
  call void @llvm.lifetime.end.p0(i64 392, ptr nonnull %39) #15
  store ptr %510, ptr %36, align 8, !tbaa !9
  %817 = load i64, ptr %512, align 8
  %818 = getelementptr inbounds i8, ptr %36, i64 %817
  store ptr %511, ptr %818, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %685, align 8, !tbaa !9
  %819 = getelementptr inbounds i8, ptr %36, i64 88
  %820 = load ptr, ptr %819, align 8, !tbaa !54
  %821 = getelementptr inbounds i8, ptr %36, i64 104
  %822 = icmp eq ptr %820, %821
  br i1 %822, label %826, label %823

823:                                              ; preds = %808
  %824 = load i64, ptr %821, align 8, !tbaa !6
  %825 = add i64 %824, 1
  call void @_ZdlPvm(ptr noundef %820, i64 noundef %825) #17
  br label %826

826:                                              ; preds = %808, %823
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %685, align 8, !tbaa !9
  %827 = getelementptr inbounds i8, ptr %36, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %827) #15
  store ptr %476, ptr %36, align 8, !tbaa !9
  %828 = load i64, ptr %478, align 8
  %829 = getelementptr inbounds i8, ptr %36, i64 %828
  store ptr %477, ptr %829, align 8, !tbaa !9
  store i64 0, ptr %680, align 8, !tbaa !56
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %673) #15
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %36) #15
  %830 = load ptr, ptr %35, align 8, !tbaa !66
  %831 = load ptr, ptr %717, align 8, !tbaa !64
  %832 = icmp eq ptr %830, %831
  br i1 %832, label %846, label %833

833:                                              ; preds = %826, %841
  %834 = phi ptr [ %842, %841 ], [ %830, %826 ]
  %835 = load ptr, ptr %834, align 8, !tbaa !54
  %836 = getelementptr inbounds i8, ptr %834, i64 16
  %837 = icmp eq ptr %835, %836
  br i1 %837, label %841, label %838

838:                                              ; preds = %833
  %839 = load i64, ptr %836, align 8, !tbaa !6
  %840 = add i64 %839, 1
  call void @_ZdlPvm(ptr noundef %835, i64 noundef %840) #17
  br label %841

841:                                              ; preds = %838, %833
  %842 = getelementptr inbounds i8, ptr %834, i64 32
  %843 = icmp eq ptr %842, %831
  br i1 %843, label %844, label %833, !llvm.loop !67

844:                                              ; preds = %841
  %845 = load ptr, ptr %35, align 8, !tbaa !66
  br label %846

846:                                              ; preds = %844, %826
  %847 = phi ptr [ %845, %844 ], [ %830, %826 ]
  %848 = icmp eq ptr %847, null
  br i1 %848, label %855, label %849

849:                                              ; preds = %846
  %850 = getelementptr inbounds i8, ptr %35, i64 16
  %851 = load ptr, ptr %850, align 8, !tbaa !68
  %852 = ptrtoint ptr %851 to i64
  %853 = ptrtoint ptr %847 to i64
  %854 = sub i64 %852, %853
  call void @_ZdlPvm(ptr noundef nonnull %847, i64 noundef %854) #17
  br label %855

855:                                              ; preds = %846, %849
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %35) #15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %34) #15
  %856 = load ptr, ptr %29, align 8, !tbaa !54
  %857 = icmp eq ptr %856, %497
  br i1 %857, label %861, label %858

858:                                              ; preds = %855
  %859 = load i64, ptr %497, align 8, !tbaa !6
  %860 = add i64 %859, 1
  call void @_ZdlPvm(ptr noundef %856, i64 noundef %860) #17
  br label %861

861:                                              ; preds = %855, %858
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %29) #15
  store ptr %510, ptr %27, align 8, !tbaa !9
  %862 = load i64, ptr %512, align 8
  %863 = getelementptr inbounds i8, ptr %27, i64 %862
  store ptr %511, ptr %863, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %486, align 8, !tbaa !9
  %864 = getelementptr inbounds i8, ptr %27, i64 88
  %865 = load ptr, ptr %864, align 8, !tbaa !54
  %866 = getelementptr inbounds i8, ptr %27, i64 104
  %867 = icmp eq ptr %865, %866
  br i1 %867, label %871, label %868

868:                                              ; preds = %861
  %869 = load i64, ptr %866, align 8, !tbaa !6
  %870 = add i64 %869, 1
  call void @_ZdlPvm(ptr noundef %865, i64 noundef %870) #17
  br label %871

871:                                              ; preds = %861, %868
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %486, align 8, !tbaa !9
  %872 = getelementptr inbounds i8, ptr %27, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %872) #15
  store ptr %476, ptr %27, align 8, !tbaa !9
  %873 = load i64, ptr %478, align 8
  %874 = getelementptr inbounds i8, ptr %27, i64 %873
  store ptr %477, ptr %874, align 8, !tbaa !9
  store i64 0, ptr %481, align 8, !tbaa !56
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %471) #15
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %27) #15
  %875 = load ptr, ptr %26, align 8, !tbaa !54
  %876 = icmp eq ptr %875, %438
  br i1 %876, label %880, label %877

877:                                              ; preds = %871
  %878 = load i64, ptr %438, align 8, !tbaa !6
  %879 = add i64 %878, 1
  call void @_ZdlPvm(ptr noundef %875, i64 noundef %879) #17
  br label %880

880:                                              ; preds = %871, %877
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %26) #15
  %881 = load ptr, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %881, ptr %25, align 8, !tbaa !9
  %882 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %883 = getelementptr i8, ptr %881, i64 -24
  %884 = load i64, ptr %883, align 8
  %885 = getelementptr inbounds i8, ptr %25, i64 %884
  store ptr %882, ptr %885, align 8, !tbaa !9
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %417, align 8, !tbaa !9
  %886 = load ptr, ptr %421, align 8, !tbaa !54
  %887 = icmp eq ptr %886, %422
  br i1 %887, label %891, label %888

888:                                              ; preds = %880
  %889 = load i64, ptr %422, align 8, !tbaa !6
  %890 = add i64 %889, 1
  call void @_ZdlPvm(ptr noundef %886, i64 noundef %890) #17
  br label %891

891:                                              ; preds = %880, %888
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %417, align 8, !tbaa !9
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %419) #15
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %403) #15
  call void @llvm.lifetime.end.p0(i64 376, ptr nonnull %25) #15
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %24) #15
  ret i32 0

892:                                              ; preds = %707, %918
  %893 = load ptr, ptr %708, align 8, !tbaa !29
  %894 = load ptr, ptr %709, align 8, !tbaa !68
  %895 = icmp eq ptr %893, %894
  br i1 %895, label %916, label %896

896:                                              ; preds = %892
  %897 = getelementptr inbounds i8, ptr %893, i64 16
  store ptr %897, ptr %893, align 8, !tbaa !43
  %898 = load ptr, ptr %38, align 8, !tbaa !54
  %899 = load i64, ptr %697, align 8, !tbaa !44
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %1) #15
  store i64 %899, ptr %1, align 8, !tbaa !55
  %900 = icmp ugt i64 %899, 15
  br i1 %900, label %901, label %904

901:                                              ; preds = %896
  %902 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %893, ptr noundef nonnull align 8 dereferenceable(8) %1, i64 noundef 0) #15
  store ptr %902, ptr %893, align 8, !tbaa !54
  %903 = load i64, ptr %1, align 8, !tbaa !55
  store i64 %903, ptr %897, align 8, !tbaa !6
  br label %904

904:                                              ; preds = %901, %896
  %905 = phi ptr [ %902, %901 ], [ %897, %896 ]
  switch i64 %899, label %908 [
    i64 1, label %906
    i64 0, label %909
  ]

906:                                              ; preds = %904
  %907 = load i8, ptr %898, align 1, !tbaa !6
  store i8 %907, ptr %905, align 1, !tbaa !6
  br label %909

908:                                              ; preds = %904
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %905, ptr align 1 %898, i64 %899, i1 false)
  br label %909

909:                                              ; preds = %908, %906, %904
  %910 = load i64, ptr %1, align 8, !tbaa !55
  %911 = getelementptr inbounds i8, ptr %893, i64 8
  store i64 %910, ptr %911, align 8, !tbaa !44
  %912 = load ptr, ptr %893, align 8, !tbaa !54
  %913 = getelementptr inbounds i8, ptr %912, i64 %910
  store i8 0, ptr %913, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %1) #15
  %914 = load ptr, ptr %708, align 8, !tbaa !64
  %915 = getelementptr inbounds i8, ptr %914, i64 32
  store ptr %915, ptr %708, align 8, !tbaa !64
  br label %918

916:                                              ; preds = %892
  %917 = ptrtoint ptr %893 to i64
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %35, i64 %917, ptr noundef nonnull align 8 dereferenceable(32) %38)
  br label %918

918:                                              ; preds = %909, %916
  %919 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %36, ptr noundef nonnull align 8 dereferenceable(32) %38) #15
  %920 = load ptr, ptr %919, align 8, !tbaa !9
  %921 = getelementptr i8, ptr %920, i64 -24
  %922 = load i64, ptr %921, align 8
  %923 = getelementptr inbounds i8, ptr %919, i64 %922
  %924 = getelementptr inbounds i8, ptr %923, i64 32
  %925 = load i32, ptr %924, align 8, !tbaa !58
  %926 = and i32 %925, 5
  %927 = icmp eq i32 %926, 0
  br i1 %927, label %892, label %710, !llvm.loop !69
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #8

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128)) unnamed_addr #3

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #9

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, i64 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8), i8 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: noreturn
declare void @_ZSt16__throw_bad_castv() local_unnamed_addr #10

declare void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), double noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i1 noundef) local_unnamed_addr #0

declare void @_ZNSt9basic_iosIcSt11char_traitsIcEE4initEPSt15basic_streambufIcS1_E(ptr noundef nonnull align 8 dereferenceable(264), ptr noundef) local_unnamed_addr #0

; Function Attrs: nounwind
declare void @_ZNSt8ios_baseC2Ev(ptr noundef nonnull align 8 dereferenceable(216)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt6localeC1Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(216)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #1

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #0

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEC2ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(104), ptr noundef nonnull align 8 dereferenceable(32), i32 noundef) unnamed_addr #3

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32), i8 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #3 comdat {
  %4 = alloca i64, align 8
  %5 = inttoptr i64 %1 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !64
  %8 = load ptr, ptr %0, align 8, !tbaa !29
  %9 = ptrtoint ptr %7 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = icmp eq i64 %11, 9223372036854775776
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.27) #16
  unreachable

14:                                               ; preds = %3
  %15 = ashr exact i64 %11, 5
  %16 = tail call i64 @llvm.umax.i64(i64 %15, i64 1)
  %17 = add nsw i64 %16, %15
  %18 = icmp ult i64 %17, %15
  %19 = tail call i64 @llvm.umin.i64(i64 %17, i64 288230376151711743)
  %20 = select i1 %18, i64 288230376151711743, i64 %19
  %21 = sub i64 %1, %10
  %22 = ashr exact i64 %21, 5
  %23 = icmp eq i64 %20, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %14
  %25 = shl nuw nsw i64 %20, 5
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #18
  br label %27

27:                                               ; preds = %14, %24
  %28 = phi ptr [ %26, %24 ], [ null, %14 ]
  %29 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %22
  %30 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %30, ptr %29, align 8, !tbaa !43
  %31 = load ptr, ptr %2, align 8, !tbaa !54
  %32 = getelementptr inbounds i8, ptr %2, i64 8
  %33 = load i64, ptr %32, align 8, !tbaa !44
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #15
  store i64 %33, ptr %4, align 8, !tbaa !55
  %34 = icmp ugt i64 %33, 15
  br i1 %34, label %35, label %38

35:                                               ; preds = %27
  %36 = call noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0) #15
  store ptr %36, ptr %29, align 8, !tbaa !54
  %37 = load i64, ptr %4, align 8, !tbaa !55
  store i64 %37, ptr %30, align 8, !tbaa !6
  br label %38

38:                                               ; preds = %35, %27
  %39 = phi ptr [ %36, %35 ], [ %30, %27 ]
  switch i64 %33, label %42 [
    i64 1, label %40
    i64 0, label %43
  ]

40:                                               ; preds = %38
  %41 = load i8, ptr %31, align 1, !tbaa !6
  store i8 %41, ptr %39, align 1, !tbaa !6
  br label %43

42:                                               ; preds = %38
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %39, ptr align 1 %31, i64 %33, i1 false)
  br label %43

43:                                               ; preds = %38, %40, %42
  %44 = load i64, ptr %4, align 8, !tbaa !55
  %45 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %44, ptr %45, align 8, !tbaa !44
  %46 = load ptr, ptr %29, align 8, !tbaa !54
  %47 = getelementptr inbounds i8, ptr %46, i64 %44
  store i8 0, ptr %47, align 1, !tbaa !6
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #15
  %48 = icmp eq ptr %8, %5
  br i1 %48, label %73, label %49

49:                                               ; preds = %43, %66
  %50 = phi ptr [ %71, %66 ], [ %28, %43 ]
  %51 = phi ptr [ %70, %66 ], [ %8, %43 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !70)
  call void @llvm.experimental.noalias.scope.decl(metadata !73)
  %52 = getelementptr inbounds i8, ptr %50, i64 16
  store ptr %52, ptr %50, align 8, !tbaa !43, !alias.scope !70, !noalias !73
  %53 = load ptr, ptr %51, align 8, !tbaa !54, !alias.scope !73, !noalias !70
  %54 = getelementptr inbounds i8, ptr %51, i64 16
  %55 = icmp eq ptr %53, %54
  br i1 %55, label %56, label %62

56:                                               ; preds = %49
  %57 = getelementptr inbounds i8, ptr %51, i64 8
  %58 = load i64, ptr %57, align 8, !tbaa !44, !alias.scope !73, !noalias !70
  %59 = add i64 %58, 1
  %60 = icmp eq i64 %59, 0
  br i1 %60, label %66, label %61

61:                                               ; preds = %56
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %52, ptr nonnull align 8 %54, i64 %59, i1 false), !alias.scope !75
  br label %66

62:                                               ; preds = %49
  store ptr %53, ptr %50, align 8, !tbaa !54, !alias.scope !70, !noalias !73
  %63 = load i64, ptr %54, align 8, !tbaa !6, !alias.scope !73, !noalias !70
  store i64 %63, ptr %52, align 8, !tbaa !6, !alias.scope !70, !noalias !73
  %64 = getelementptr inbounds i8, ptr %51, i64 8
  %65 = load i64, ptr %64, align 8, !tbaa !44, !alias.scope !73, !noalias !70
  br label %66

66:                                               ; preds = %62, %61, %56
  %67 = phi i64 [ %65, %62 ], [ %58, %61 ], [ -1, %56 ]
  %68 = getelementptr inbounds i8, ptr %51, i64 8
  %69 = getelementptr inbounds i8, ptr %50, i64 8
  store i64 %67, ptr %69, align 8, !tbaa !44, !alias.scope !70, !noalias !73
  store ptr %54, ptr %51, align 8, !tbaa !54, !alias.scope !73, !noalias !70
  store i64 0, ptr %68, align 8, !tbaa !44, !alias.scope !73, !noalias !70
  store i8 0, ptr %54, align 1, !tbaa !6, !alias.scope !73, !noalias !70
  %70 = getelementptr inbounds i8, ptr %51, i64 32
  %71 = getelementptr inbounds i8, ptr %50, i64 32
  %72 = icmp eq ptr %70, %5
  br i1 %72, label %73, label %49, !llvm.loop !76

73:                                               ; preds = %66, %43
  %74 = phi ptr [ %28, %43 ], [ %71, %66 ]
  %75 = getelementptr inbounds i8, ptr %74, i64 32
  %76 = icmp eq ptr %7, %5
  br i1 %76, label %101, label %77

77:                                               ; preds = %73, %94
  %78 = phi ptr [ %99, %94 ], [ %75, %73 ]
  %79 = phi ptr [ %98, %94 ], [ %5, %73 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !77)
  call void @llvm.experimental.noalias.scope.decl(metadata !80)
  %80 = getelementptr inbounds i8, ptr %78, i64 16
  store ptr %80, ptr %78, align 8, !tbaa !43, !alias.scope !77, !noalias !80
  %81 = load ptr, ptr %79, align 8, !tbaa !54, !alias.scope !80, !noalias !77
  %82 = getelementptr inbounds i8, ptr %79, i64 16
  %83 = icmp eq ptr %81, %82
  br i1 %83, label %84, label %90

84:                                               ; preds = %77
  %85 = getelementptr inbounds i8, ptr %79, i64 8
  %86 = load i64, ptr %85, align 8, !tbaa !44, !alias.scope !80, !noalias !77
  %87 = add i64 %86, 1
  %88 = icmp eq i64 %87, 0
  br i1 %88, label %94, label %89

89:                                               ; preds = %84
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %80, ptr nonnull align 8 %82, i64 %87, i1 false), !alias.scope !82
  br label %94

90:                                               ; preds = %77
  store ptr %81, ptr %78, align 8, !tbaa !54, !alias.scope !77, !noalias !80
  %91 = load i64, ptr %82, align 8, !tbaa !6, !alias.scope !80, !noalias !77
  store i64 %91, ptr %80, align 8, !tbaa !6, !alias.scope !77, !noalias !80
  %92 = getelementptr inbounds i8, ptr %79, i64 8
  %93 = load i64, ptr %92, align 8, !tbaa !44, !alias.scope !80, !noalias !77
  br label %94

94:                                               ; preds = %90, %89, %84
  %95 = phi i64 [ %93, %90 ], [ %86, %89 ], [ -1, %84 ]
  %96 = getelementptr inbounds i8, ptr %79, i64 8
  %97 = getelementptr inbounds i8, ptr %78, i64 8
  store i64 %95, ptr %97, align 8, !tbaa !44, !alias.scope !77, !noalias !80
  store ptr %82, ptr %79, align 8, !tbaa !54, !alias.scope !80, !noalias !77
  store i64 0, ptr %96, align 8, !tbaa !44, !alias.scope !80, !noalias !77
  store i8 0, ptr %82, align 1, !tbaa !6, !alias.scope !80, !noalias !77
  %98 = getelementptr inbounds i8, ptr %79, i64 32
  %99 = getelementptr inbounds i8, ptr %78, i64 32
  %100 = icmp eq ptr %98, %7
  br i1 %100, label %101, label %77, !llvm.loop !76

101:                                              ; preds = %94, %73
  %102 = phi ptr [ %75, %73 ], [ %99, %94 ]
  %103 = getelementptr inbounds i8, ptr %0, i64 16
  %104 = icmp eq ptr %8, null
  br i1 %104, label %109, label %105

105:                                              ; preds = %101
  %106 = load ptr, ptr %103, align 8, !tbaa !68
  %107 = ptrtoint ptr %106 to i64
  %108 = sub i64 %107, %10
  call void @_ZdlPvm(ptr noundef nonnull %8, i64 noundef %108) #17
  br label %109

109:                                              ; preds = %101, %105
  store ptr %28, ptr %0, align 8, !tbaa !66
  store ptr %102, ptr %6, align 8, !tbaa !64
  %110 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %20
  store ptr %110, ptr %103, align 8, !tbaa !68
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #11

; Function Attrs: nounwind uwtable
define internal void @_GLOBAL__sub_I_iostreams.cpp() #12 section ".text.startup" {
  tail call void @_ZNSt8ios_base4InitC1Ev(ptr noundef nonnull align 1 dereferenceable(1) @_ZStL8__ioinit) #15
  %1 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt8ios_base4InitD1Ev, ptr nonnull @_ZStL8__ioinit, ptr nonnull @__dso_handle) #15
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #13

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #14

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #13

attributes #0 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nofree nounwind }
attributes #3 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress norecurse nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #9 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #13 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #15 = { nounwind }
attributes #16 = { noreturn nounwind }
attributes #17 = { builtin nounwind }
attributes #18 = { builtin nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"vtable pointer", !8, i64 0}
!11 = !{!12, !13, i64 16}
!12 = !{!"_ZTSSt8ios_base", !13, i64 8, !13, i64 16, !14, i64 24, !15, i64 28, !15, i64 32, !16, i64 40, !17, i64 48, !7, i64 64, !18, i64 192, !16, i64 200, !19, i64 208}
!13 = !{!"long", !7, i64 0}
!14 = !{!"_ZTSSt13_Ios_Fmtflags", !7, i64 0}
!15 = !{!"_ZTSSt12_Ios_Iostate", !7, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = !{!"_ZTSNSt8ios_base6_WordsE", !16, i64 0, !13, i64 8}
!18 = !{!"int", !7, i64 0}
!19 = !{!"_ZTSSt6locale", !16, i64 0}
!20 = !{!21, !18, i64 0}
!21 = !{!"_ZTS5Point", !18, i64 0, !18, i64 4}
!22 = !{!21, !18, i64 4}
!23 = !{!24, !16, i64 240}
!24 = !{!"_ZTSSt9basic_iosIcSt11char_traitsIcEE", !12, i64 0, !16, i64 216, !7, i64 224, !25, i64 225, !16, i64 232, !16, i64 240, !16, i64 248, !16, i64 256}
!25 = !{!"bool", !7, i64 0}
!26 = !{!27, !7, i64 56}
!27 = !{!"_ZTSSt5ctypeIcE", !28, i64 0, !16, i64 16, !25, i64 24, !16, i64 32, !16, i64 40, !16, i64 48, !7, i64 56, !7, i64 57, !7, i64 313, !7, i64 569}
!28 = !{!"_ZTSNSt6locale5facetE", !18, i64 8}
!29 = !{!16, !16, i64 0}
!30 = !{!14, !14, i64 0}
!31 = !{!24, !25, i64 225}
!32 = !{i8 0, i8 2}
!33 = !{}
!34 = !{!24, !7, i64 224}
!35 = !{!12, !13, i64 8}
!36 = !{!24, !16, i64 216}
!37 = !{!38, !40, i64 64}
!38 = !{!"_ZTSNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE", !39, i64 0, !40, i64 64, !41, i64 72}
!39 = !{!"_ZTSSt15basic_streambufIcSt11char_traitsIcEE", !16, i64 8, !16, i64 16, !16, i64 24, !16, i64 32, !16, i64 40, !16, i64 48, !19, i64 56}
!40 = !{!"_ZTSSt13_Ios_Openmode", !7, i64 0}
!41 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !42, i64 0, !13, i64 8, !7, i64 16}
!42 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !16, i64 0}
!43 = !{!42, !16, i64 0}
!44 = !{!41, !13, i64 8}
!45 = !{!46}
!46 = distinct !{!46, !47, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!47 = distinct !{!47, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv"}
!48 = !{!49}
!49 = distinct !{!49, !50, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!50 = distinct !{!50, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv"}
!51 = !{!49, !46}
!52 = !{!39, !16, i64 40}
!53 = !{!39, !16, i64 32}
!54 = !{!41, !16, i64 0}
!55 = !{!13, !13, i64 0}
!56 = !{!57, !13, i64 8}
!57 = !{!"_ZTSSi", !13, i64 8}
!58 = !{!12, !15, i64 32}
!59 = !{!18, !18, i64 0}
!60 = !{!61, !61, i64 0}
!61 = !{!"double", !7, i64 0}
!62 = distinct !{!62, !63}
!63 = !{!"llvm.loop.mustprogress"}
!64 = !{!65, !16, i64 8}
!65 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !16, i64 0, !16, i64 8, !16, i64 16}
!66 = !{!65, !16, i64 0}
!67 = distinct !{!67, !63}
!68 = !{!65, !16, i64 16}
!69 = distinct !{!69, !63}
!70 = !{!71}
!71 = distinct !{!71, !72, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!72 = distinct !{!72, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!73 = !{!74}
!74 = distinct !{!74, !72, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!75 = !{!71, !74}
!76 = distinct !{!76, !63}
!77 = !{!78}
!78 = distinct !{!78, !79, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!79 = distinct !{!79, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!80 = !{!81}
!81 = distinct !{!81, !79, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!82 = !{!78, !81}
