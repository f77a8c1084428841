; ModuleID = 'iostreams.cpp'
source_filename = "iostreams.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

$_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev = comdat any

$__clang_call_terminate = comdat any

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
@_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant [4 x ptr], align 8
@_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE = external unnamed_addr constant { [16 x ptr] }, align 8
@_ZTVSt15basic_streambufIcSt11char_traitsIcEE = external unnamed_addr constant { [16 x ptr] }, align 8
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

; Function Attrs: mustprogress uwtable
define dso_local noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr nocapture noundef nonnull readonly align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4)
  store i8 40, ptr %4, align 1, !tbaa !5
  %5 = load ptr, ptr %0, align 8, !tbaa !8
  %6 = getelementptr i8, ptr %5, i64 -24
  %7 = load i64, ptr %6, align 8
  %8 = getelementptr inbounds i8, ptr %0, i64 %7
  %9 = getelementptr inbounds i8, ptr %8, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !10
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %14, label %12

12:                                               ; preds = %2
  %13 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %0, ptr noundef nonnull %4, i64 noundef 1)
  br label %16

14:                                               ; preds = %2
  %15 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %0, i8 noundef signext 40)
  br label %16

16:                                               ; preds = %12, %14
  %17 = phi ptr [ %13, %12 ], [ %0, %14 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4)
  %18 = load i32, ptr %1, align 4, !tbaa !19
  %19 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %17, i32 noundef %18)
  %20 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %19, ptr noundef nonnull @.str, i64 noundef 2)
  %21 = getelementptr inbounds i8, ptr %1, i64 4
  %22 = load i32, ptr %21, align 4, !tbaa !21
  %23 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %19, i32 noundef %22)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3)
  store i8 41, ptr %3, align 1, !tbaa !5
  %24 = load ptr, ptr %23, align 8, !tbaa !8
  %25 = getelementptr i8, ptr %24, i64 -24
  %26 = load i64, ptr %25, align 8
  %27 = getelementptr inbounds i8, ptr %23, i64 %26
  %28 = getelementptr inbounds i8, ptr %27, i64 16
  %29 = load i64, ptr %28, align 8, !tbaa !10
  %30 = icmp eq i64 %29, 0
  br i1 %30, label %33, label %31

31:                                               ; preds = %16
  %32 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %23, ptr noundef nonnull %3, i64 noundef 1)
  br label %35

33:                                               ; preds = %16
  %34 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %23, i8 noundef signext 41)
  br label %35

35:                                               ; preds = %31, %33
  %36 = phi ptr [ %32, %31 ], [ %23, %33 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3)
  ret ptr %36
}

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8), i32 noundef) local_unnamed_addr #0

; Function Attrs: mustprogress uwtable
define dso_local noundef nonnull align 8 dereferenceable(16) ptr @_ZrsRSiR5Point(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 4 dereferenceable(8) %1) local_unnamed_addr #3 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  %5 = alloca i8, align 1
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %3) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5) #17
  %6 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %0, ptr noundef nonnull align 1 dereferenceable(1) %3)
  %7 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %6, ptr noundef nonnull align 4 dereferenceable(4) %1)
  %8 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %7, ptr noundef nonnull align 1 dereferenceable(1) %4)
  %9 = getelementptr inbounds i8, ptr %1, i64 4
  %10 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %8, ptr noundef nonnull align 4 dereferenceable(4) %9)
  %11 = call noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %10, ptr noundef nonnull align 1 dereferenceable(1) %5)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %3) #17
  ret ptr %11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 1 dereferenceable(1)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 4 dereferenceable(4)) local_unnamed_addr #0

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #5 personality ptr @__gxx_personality_v0 {
  %1 = alloca i8, align 1
  %2 = alloca i8, align 1
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  %5 = alloca i8, align 1
  %6 = alloca i8, align 1
  %7 = alloca i8, align 1
  %8 = alloca i8, align 1
  %9 = alloca i8, align 1
  %10 = alloca i64, align 8
  %11 = alloca i8, align 1
  %12 = alloca i8, align 1
  %13 = alloca i8, align 1
  %14 = alloca i8, align 1
  %15 = alloca i8, align 1
  %16 = alloca i8, align 1
  %17 = alloca i8, align 1
  %18 = alloca i8, align 1
  %19 = alloca i8, align 1
  %20 = alloca i8, align 1
  %21 = alloca i8, align 1
  %22 = alloca i8, align 1
  %23 = alloca i8, align 1
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
  %42 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.1, i64 noundef 19)
  %43 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !8
  %44 = getelementptr i8, ptr %43, i64 -24
  %45 = load i64, ptr %44, align 8
  %46 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %45
  %47 = getelementptr inbounds i8, ptr %46, i64 240
  %48 = load ptr, ptr %47, align 8, !tbaa !22
  %49 = icmp eq ptr %48, null
  br i1 %49, label %50, label %51

50:                                               ; preds = %0
  tail call void @_ZSt16__throw_bad_castv() #18
  unreachable

51:                                               ; preds = %0
  %52 = getelementptr inbounds i8, ptr %48, i64 56
  %53 = load i8, ptr %52, align 8, !tbaa !25
  %54 = icmp eq i8 %53, 0
  br i1 %54, label %58, label %55

55:                                               ; preds = %51
  %56 = getelementptr inbounds i8, ptr %48, i64 67
  %57 = load i8, ptr %56, align 1, !tbaa !5
  br label %63

58:                                               ; preds = %51
  tail call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %48)
  %59 = load ptr, ptr %48, align 8, !tbaa !8
  %60 = getelementptr inbounds i8, ptr %59, i64 48
  %61 = load ptr, ptr %60, align 8
  %62 = tail call noundef signext i8 %61(ptr noundef nonnull align 8 dereferenceable(570) %48, i8 noundef signext 10)
  br label %63

63:                                               ; preds = %55, %58
  %64 = phi i8 [ %57, %55 ], [ %62, %58 ]
  %65 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i8 noundef signext %64)
  %66 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %65)
  %67 = tail call i32 @puts(ptr nonnull dereferenceable(1) @str)
  %68 = load ptr, ptr @stdout, align 8, !tbaa !28
  %69 = tail call i32 @fflush(ptr noundef %68)
  %70 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !8
  %71 = getelementptr i8, ptr %70, i64 -24
  %72 = load i64, ptr %71, align 8
  %73 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %72
  %74 = getelementptr inbounds i8, ptr %73, i64 16
  store i64 8, ptr %74, align 8, !tbaa !10
  %75 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 42)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %23)
  store i8 124, ptr %23, align 1, !tbaa !5
  %76 = load ptr, ptr %75, align 8, !tbaa !8
  %77 = getelementptr i8, ptr %76, i64 -24
  %78 = load i64, ptr %77, align 8
  %79 = getelementptr inbounds i8, ptr %75, i64 %78
  %80 = getelementptr inbounds i8, ptr %79, i64 16
  %81 = load i64, ptr %80, align 8, !tbaa !10
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %85, label %83

83:                                               ; preds = %63
  %84 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %75, ptr noundef nonnull %23, i64 noundef 1)
  br label %87

85:                                               ; preds = %63
  %86 = tail call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %75, i8 noundef signext 124)
  br label %87

87:                                               ; preds = %83, %85
  %88 = phi ptr [ %84, %83 ], [ %75, %85 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %23)
  %89 = load ptr, ptr %88, align 8, !tbaa !8
  %90 = getelementptr i8, ptr %89, i64 -24
  %91 = load i64, ptr %90, align 8
  %92 = getelementptr inbounds i8, ptr %88, i64 %91
  %93 = getelementptr inbounds i8, ptr %92, i64 24
  %94 = load i32, ptr %93, align 8, !tbaa !29
  %95 = and i32 %94, -177
  %96 = or disjoint i32 %95, 32
  store i32 %96, ptr %93, align 4, !tbaa !29
  %97 = load i64, ptr %90, align 8
  %98 = getelementptr inbounds i8, ptr %88, i64 %97
  %99 = getelementptr inbounds i8, ptr %98, i64 16
  store i64 8, ptr %99, align 8, !tbaa !10
  %100 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull @.str.3, i64 noundef 4)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %22)
  store i8 124, ptr %22, align 1, !tbaa !5
  %101 = load ptr, ptr %88, align 8, !tbaa !8
  %102 = getelementptr i8, ptr %101, i64 -24
  %103 = load i64, ptr %102, align 8
  %104 = getelementptr inbounds i8, ptr %88, i64 %103
  %105 = getelementptr inbounds i8, ptr %104, i64 16
  %106 = load i64, ptr %105, align 8, !tbaa !10
  %107 = icmp eq i64 %106, 0
  br i1 %107, label %110, label %108

108:                                              ; preds = %87
  %109 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %88, ptr noundef nonnull %22, i64 noundef 1)
  br label %112

110:                                              ; preds = %87
  %111 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %88, i8 noundef signext 124)
  br label %112

112:                                              ; preds = %108, %110
  %113 = phi ptr [ %109, %108 ], [ %88, %110 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %22)
  %114 = load ptr, ptr %113, align 8, !tbaa !8
  %115 = getelementptr i8, ptr %114, i64 -24
  %116 = load i64, ptr %115, align 8
  %117 = getelementptr inbounds i8, ptr %113, i64 %116
  %118 = getelementptr inbounds i8, ptr %117, i64 24
  %119 = load i32, ptr %118, align 8, !tbaa !29
  %120 = and i32 %119, -177
  %121 = or disjoint i32 %120, 128
  store i32 %121, ptr %118, align 4, !tbaa !29
  %122 = load i64, ptr %115, align 8
  %123 = getelementptr inbounds i8, ptr %113, i64 %122
  %124 = getelementptr inbounds i8, ptr %123, i64 225
  %125 = load i8, ptr %124, align 1, !tbaa !30, !range !31, !noundef !32
  %126 = trunc nuw i8 %125 to i1
  br i1 %126, label %144, label %127

127:                                              ; preds = %112
  %128 = getelementptr inbounds i8, ptr %123, i64 240
  %129 = load ptr, ptr %128, align 8, !tbaa !22
  %130 = icmp eq ptr %129, null
  br i1 %130, label %131, label %132

131:                                              ; preds = %127
  call void @_ZSt16__throw_bad_castv() #18
  unreachable

132:                                              ; preds = %127
  %133 = getelementptr inbounds i8, ptr %129, i64 56
  %134 = load i8, ptr %133, align 8, !tbaa !25
  %135 = icmp eq i8 %134, 0
  br i1 %135, label %136, label %142

136:                                              ; preds = %132
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %129)
  %137 = load ptr, ptr %129, align 8, !tbaa !8
  %138 = getelementptr inbounds i8, ptr %137, i64 48
  %139 = load ptr, ptr %138, align 8
  %140 = call noundef signext i8 %139(ptr noundef nonnull align 8 dereferenceable(570) %129, i8 noundef signext 32)
  %141 = load ptr, ptr %113, align 8, !tbaa !8
  br label %142

142:                                              ; preds = %136, %132
  %143 = phi ptr [ %141, %136 ], [ %114, %132 ]
  store i8 1, ptr %124, align 1, !tbaa !30
  br label %144

144:                                              ; preds = %112, %142
  %145 = phi ptr [ %114, %112 ], [ %143, %142 ]
  %146 = getelementptr inbounds i8, ptr %123, i64 224
  store i8 42, ptr %146, align 8, !tbaa !33
  %147 = getelementptr i8, ptr %145, i64 -24
  %148 = load i64, ptr %147, align 8
  %149 = getelementptr inbounds i8, ptr %113, i64 %148
  %150 = getelementptr inbounds i8, ptr %149, i64 16
  store i64 6, ptr %150, align 8, !tbaa !10
  %151 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %113, i32 noundef 7)
  %152 = load ptr, ptr %151, align 8, !tbaa !8
  %153 = getelementptr i8, ptr %152, i64 -24
  %154 = load i64, ptr %153, align 8
  %155 = getelementptr inbounds i8, ptr %151, i64 %154
  %156 = getelementptr inbounds i8, ptr %155, i64 225
  %157 = load i8, ptr %156, align 1, !tbaa !30, !range !31, !noundef !32
  %158 = trunc nuw i8 %157 to i1
  br i1 %158, label %176, label %159

159:                                              ; preds = %144
  %160 = getelementptr inbounds i8, ptr %155, i64 240
  %161 = load ptr, ptr %160, align 8, !tbaa !22
  %162 = icmp eq ptr %161, null
  br i1 %162, label %163, label %164

163:                                              ; preds = %159
  call void @_ZSt16__throw_bad_castv() #18
  unreachable

164:                                              ; preds = %159
  %165 = getelementptr inbounds i8, ptr %161, i64 56
  %166 = load i8, ptr %165, align 8, !tbaa !25
  %167 = icmp eq i8 %166, 0
  br i1 %167, label %168, label %174

168:                                              ; preds = %164
  call void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %161)
  %169 = load ptr, ptr %161, align 8, !tbaa !8
  %170 = getelementptr inbounds i8, ptr %169, i64 48
  %171 = load ptr, ptr %170, align 8
  %172 = call noundef signext i8 %171(ptr noundef nonnull align 8 dereferenceable(570) %161, i8 noundef signext 32)
  %173 = load ptr, ptr %151, align 8, !tbaa !8
  br label %174

174:                                              ; preds = %168, %164
  %175 = phi ptr [ %173, %168 ], [ %152, %164 ]
  store i8 1, ptr %156, align 1, !tbaa !30
  br label %176

176:                                              ; preds = %144, %174
  %177 = phi ptr [ %152, %144 ], [ %175, %174 ]
  %178 = getelementptr inbounds i8, ptr %155, i64 224
  store i8 32, ptr %178, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %21)
  store i8 10, ptr %21, align 1, !tbaa !5
  %179 = getelementptr i8, ptr %177, i64 -24
  %180 = load i64, ptr %179, align 8
  %181 = getelementptr inbounds i8, ptr %151, i64 %180
  %182 = getelementptr inbounds i8, ptr %181, i64 16
  %183 = load i64, ptr %182, align 8, !tbaa !10
  %184 = icmp eq i64 %183, 0
  br i1 %184, label %187, label %185

185:                                              ; preds = %176
  %186 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %151, ptr noundef nonnull %21, i64 noundef 1)
  br label %189

187:                                              ; preds = %176
  %188 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %151, i8 noundef signext 10)
  br label %189

189:                                              ; preds = %185, %187
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %21)
  %190 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !8
  %191 = getelementptr i8, ptr %190, i64 -24
  %192 = load i64, ptr %191, align 8
  %193 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %192
  %194 = getelementptr inbounds i8, ptr %193, i64 24
  %195 = load i32, ptr %194, align 8, !tbaa !29
  %196 = and i32 %195, -261
  %197 = or disjoint i32 %196, 4
  store i32 %197, ptr %194, align 4, !tbaa !29
  %198 = load i64, ptr %191, align 8
  %199 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %198
  %200 = getelementptr inbounds i8, ptr %199, i64 8
  store i64 3, ptr %200, align 8, !tbaa !34
  %201 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, double noundef 0x400921FB53C8D4F1)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %20)
  store i8 32, ptr %20, align 1, !tbaa !5
  %202 = load ptr, ptr %201, align 8, !tbaa !8
  %203 = getelementptr i8, ptr %202, i64 -24
  %204 = load i64, ptr %203, align 8
  %205 = getelementptr inbounds i8, ptr %201, i64 %204
  %206 = getelementptr inbounds i8, ptr %205, i64 16
  %207 = load i64, ptr %206, align 8, !tbaa !10
  %208 = icmp eq i64 %207, 0
  br i1 %208, label %211, label %209

209:                                              ; preds = %189
  %210 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %201, ptr noundef nonnull %20, i64 noundef 1)
  br label %213

211:                                              ; preds = %189
  %212 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %201, i8 noundef signext 32)
  br label %213

213:                                              ; preds = %209, %211
  %214 = phi ptr [ %210, %209 ], [ %201, %211 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %20)
  %215 = load ptr, ptr %214, align 8, !tbaa !8
  %216 = getelementptr i8, ptr %215, i64 -24
  %217 = load i64, ptr %216, align 8
  %218 = getelementptr inbounds i8, ptr %214, i64 %217
  %219 = getelementptr inbounds i8, ptr %218, i64 24
  %220 = load i32, ptr %219, align 8, !tbaa !29
  %221 = and i32 %220, -261
  %222 = or disjoint i32 %221, 256
  store i32 %222, ptr %219, align 4, !tbaa !29
  %223 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %214, double noundef 0x40C81CD6C8B43958)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %19)
  store i8 32, ptr %19, align 1, !tbaa !5
  %224 = load ptr, ptr %223, align 8, !tbaa !8
  %225 = getelementptr i8, ptr %224, i64 -24
  %226 = load i64, ptr %225, align 8
  %227 = getelementptr inbounds i8, ptr %223, i64 %226
  %228 = getelementptr inbounds i8, ptr %227, i64 16
  %229 = load i64, ptr %228, align 8, !tbaa !10
  %230 = icmp eq i64 %229, 0
  br i1 %230, label %233, label %231

231:                                              ; preds = %213
  %232 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %223, ptr noundef nonnull %19, i64 noundef 1)
  br label %235

233:                                              ; preds = %213
  %234 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %223, i8 noundef signext 32)
  br label %235

235:                                              ; preds = %231, %233
  %236 = phi ptr [ %232, %231 ], [ %223, %233 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %19)
  %237 = load ptr, ptr %236, align 8, !tbaa !8
  %238 = getelementptr i8, ptr %237, i64 -24
  %239 = load i64, ptr %238, align 8
  %240 = getelementptr inbounds i8, ptr %236, i64 %239
  %241 = getelementptr inbounds i8, ptr %240, i64 24
  %242 = load i32, ptr %241, align 4, !tbaa !29
  %243 = and i32 %242, -261
  store i32 %243, ptr %241, align 4, !tbaa !29
  %244 = load i64, ptr %238, align 8
  %245 = getelementptr inbounds i8, ptr %236, i64 %244
  %246 = getelementptr inbounds i8, ptr %245, i64 8
  store i64 6, ptr %246, align 8, !tbaa !34
  %247 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %236, double noundef 1.000000e-01)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %18)
  store i8 10, ptr %18, align 1, !tbaa !5
  %248 = load ptr, ptr %247, align 8, !tbaa !8
  %249 = getelementptr i8, ptr %248, i64 -24
  %250 = load i64, ptr %249, align 8
  %251 = getelementptr inbounds i8, ptr %247, i64 %250
  %252 = getelementptr inbounds i8, ptr %251, i64 16
  %253 = load i64, ptr %252, align 8, !tbaa !10
  %254 = icmp eq i64 %253, 0
  br i1 %254, label %257, label %255

255:                                              ; preds = %235
  %256 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %247, ptr noundef nonnull %18, i64 noundef 1)
  br label %259

257:                                              ; preds = %235
  %258 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %247, i8 noundef signext 10)
  br label %259

259:                                              ; preds = %255, %257
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %18)
  %260 = load ptr, ptr @_ZSt4cout, align 8, !tbaa !8
  %261 = getelementptr i8, ptr %260, i64 -24
  %262 = load i64, ptr %261, align 8
  %263 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %262
  %264 = getelementptr inbounds i8, ptr %263, i64 24
  %265 = load i32, ptr %264, align 8, !tbaa !29
  %266 = and i32 %265, -75
  %267 = or disjoint i32 %266, 8
  store i32 %267, ptr %264, align 4, !tbaa !29
  %268 = load i64, ptr %261, align 8
  %269 = getelementptr inbounds i8, ptr @_ZSt4cout, i64 %268
  %270 = getelementptr inbounds i8, ptr %269, i64 24
  %271 = load i32, ptr %270, align 8, !tbaa !29
  %272 = or i32 %271, 512
  store i32 %272, ptr %270, align 4, !tbaa !29
  %273 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef 255)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %17)
  store i8 32, ptr %17, align 1, !tbaa !5
  %274 = load ptr, ptr %273, align 8, !tbaa !8
  %275 = getelementptr i8, ptr %274, i64 -24
  %276 = load i64, ptr %275, align 8
  %277 = getelementptr inbounds i8, ptr %273, i64 %276
  %278 = getelementptr inbounds i8, ptr %277, i64 16
  %279 = load i64, ptr %278, align 8, !tbaa !10
  %280 = icmp eq i64 %279, 0
  br i1 %280, label %283, label %281

281:                                              ; preds = %259
  %282 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %273, ptr noundef nonnull %17, i64 noundef 1)
  br label %285

283:                                              ; preds = %259
  %284 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %273, i8 noundef signext 32)
  br label %285

285:                                              ; preds = %281, %283
  %286 = phi ptr [ %282, %281 ], [ %273, %283 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %17)
  %287 = load ptr, ptr %286, align 8, !tbaa !8
  %288 = getelementptr i8, ptr %287, i64 -24
  %289 = load i64, ptr %288, align 8
  %290 = getelementptr inbounds i8, ptr %286, i64 %289
  %291 = getelementptr inbounds i8, ptr %290, i64 24
  %292 = load i32, ptr %291, align 8, !tbaa !29
  %293 = and i32 %292, -75
  %294 = or disjoint i32 %293, 64
  store i32 %294, ptr %291, align 4, !tbaa !29
  %295 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %286, i32 noundef 8)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %16)
  store i8 32, ptr %16, align 1, !tbaa !5
  %296 = load ptr, ptr %295, align 8, !tbaa !8
  %297 = getelementptr i8, ptr %296, i64 -24
  %298 = load i64, ptr %297, align 8
  %299 = getelementptr inbounds i8, ptr %295, i64 %298
  %300 = getelementptr inbounds i8, ptr %299, i64 16
  %301 = load i64, ptr %300, align 8, !tbaa !10
  %302 = icmp eq i64 %301, 0
  br i1 %302, label %305, label %303

303:                                              ; preds = %285
  %304 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %295, ptr noundef nonnull %16, i64 noundef 1)
  br label %307

305:                                              ; preds = %285
  %306 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %295, i8 noundef signext 32)
  br label %307

307:                                              ; preds = %303, %305
  %308 = phi ptr [ %304, %303 ], [ %295, %305 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %16)
  %309 = load ptr, ptr %308, align 8, !tbaa !8
  %310 = getelementptr i8, ptr %309, i64 -24
  %311 = load i64, ptr %310, align 8
  %312 = getelementptr inbounds i8, ptr %308, i64 %311
  %313 = getelementptr inbounds i8, ptr %312, i64 24
  %314 = load i32, ptr %313, align 8, !tbaa !29
  %315 = and i32 %314, -75
  %316 = or disjoint i32 %315, 2
  store i32 %316, ptr %313, align 4, !tbaa !29
  %317 = load i64, ptr %310, align 8
  %318 = getelementptr inbounds i8, ptr %308, i64 %317
  %319 = getelementptr inbounds i8, ptr %318, i64 24
  %320 = load i32, ptr %319, align 4, !tbaa !29
  %321 = and i32 %320, -513
  store i32 %321, ptr %319, align 4, !tbaa !29
  %322 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %308, i32 noundef 255)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %15)
  store i8 32, ptr %15, align 1, !tbaa !5
  %323 = load ptr, ptr %322, align 8, !tbaa !8
  %324 = getelementptr i8, ptr %323, i64 -24
  %325 = load i64, ptr %324, align 8
  %326 = getelementptr inbounds i8, ptr %322, i64 %325
  %327 = getelementptr inbounds i8, ptr %326, i64 16
  %328 = load i64, ptr %327, align 8, !tbaa !10
  %329 = icmp eq i64 %328, 0
  br i1 %329, label %332, label %330

330:                                              ; preds = %307
  %331 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %322, ptr noundef nonnull %15, i64 noundef 1)
  br label %334

332:                                              ; preds = %307
  %333 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %322, i8 noundef signext 32)
  br label %334

334:                                              ; preds = %330, %332
  %335 = phi ptr [ %331, %330 ], [ %322, %332 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %15)
  %336 = load ptr, ptr %335, align 8, !tbaa !8
  %337 = getelementptr i8, ptr %336, i64 -24
  %338 = load i64, ptr %337, align 8
  %339 = getelementptr inbounds i8, ptr %335, i64 %338
  %340 = getelementptr inbounds i8, ptr %339, i64 24
  %341 = load i32, ptr %340, align 8, !tbaa !29
  %342 = or i32 %341, 1
  store i32 %342, ptr %340, align 4, !tbaa !29
  %343 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %335, i1 noundef zeroext true)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %14)
  store i8 32, ptr %14, align 1, !tbaa !5
  %344 = load ptr, ptr %343, align 8, !tbaa !8
  %345 = getelementptr i8, ptr %344, i64 -24
  %346 = load i64, ptr %345, align 8
  %347 = getelementptr inbounds i8, ptr %343, i64 %346
  %348 = getelementptr inbounds i8, ptr %347, i64 16
  %349 = load i64, ptr %348, align 8, !tbaa !10
  %350 = icmp eq i64 %349, 0
  br i1 %350, label %353, label %351

351:                                              ; preds = %334
  %352 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %343, ptr noundef nonnull %14, i64 noundef 1)
  br label %355

353:                                              ; preds = %334
  %354 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %343, i8 noundef signext 32)
  br label %355

355:                                              ; preds = %351, %353
  %356 = phi ptr [ %352, %351 ], [ %343, %353 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %14)
  %357 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %356, i1 noundef zeroext false)
  %358 = load ptr, ptr %357, align 8, !tbaa !8
  %359 = getelementptr i8, ptr %358, i64 -24
  %360 = load i64, ptr %359, align 8
  %361 = getelementptr inbounds i8, ptr %357, i64 %360
  %362 = getelementptr inbounds i8, ptr %361, i64 24
  %363 = load i32, ptr %362, align 4, !tbaa !29
  %364 = and i32 %363, -2
  store i32 %364, ptr %362, align 4, !tbaa !29
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %13)
  store i8 32, ptr %13, align 1, !tbaa !5
  %365 = load i64, ptr %359, align 8
  %366 = getelementptr inbounds i8, ptr %357, i64 %365
  %367 = getelementptr inbounds i8, ptr %366, i64 16
  %368 = load i64, ptr %367, align 8, !tbaa !10
  %369 = icmp eq i64 %368, 0
  br i1 %369, label %372, label %370

370:                                              ; preds = %355
  %371 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %357, ptr noundef nonnull %13, i64 noundef 1)
  br label %374

372:                                              ; preds = %355
  %373 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %357, i8 noundef signext 32)
  br label %374

374:                                              ; preds = %370, %372
  %375 = phi ptr [ %371, %370 ], [ %357, %372 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %13)
  %376 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %375, i1 noundef zeroext true)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %12)
  store i8 10, ptr %12, align 1, !tbaa !5
  %377 = load ptr, ptr %376, align 8, !tbaa !8
  %378 = getelementptr i8, ptr %377, i64 -24
  %379 = load i64, ptr %378, align 8
  %380 = getelementptr inbounds i8, ptr %376, i64 %379
  %381 = getelementptr inbounds i8, ptr %380, i64 16
  %382 = load i64, ptr %381, align 8, !tbaa !10
  %383 = icmp eq i64 %382, 0
  br i1 %383, label %386, label %384

384:                                              ; preds = %374
  %385 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %376, ptr noundef nonnull %12, i64 noundef 1)
  br label %388

386:                                              ; preds = %374
  %387 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %376, i8 noundef signext 10)
  br label %388

388:                                              ; preds = %384, %386
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %12)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %24) #17
  store i64 -17179869181, ptr %24, align 8
  %389 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.4, i64 noundef 6)
  %390 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %24)
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %11)
  store i8 10, ptr %11, align 1, !tbaa !5
  %391 = load ptr, ptr %390, align 8, !tbaa !8
  %392 = getelementptr i8, ptr %391, i64 -24
  %393 = load i64, ptr %392, align 8
  %394 = getelementptr inbounds i8, ptr %390, i64 %393
  %395 = getelementptr inbounds i8, ptr %394, i64 16
  %396 = load i64, ptr %395, align 8, !tbaa !10
  %397 = icmp eq i64 %396, 0
  br i1 %397, label %400, label %398

398:                                              ; preds = %388
  %399 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %390, ptr noundef nonnull %11, i64 noundef 1)
  br label %402

400:                                              ; preds = %388
  %401 = call noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %390, i8 noundef signext 10)
  br label %402

402:                                              ; preds = %398, %400
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %11)
  call void @llvm.lifetime.start.p0(i64 376, ptr nonnull %25) #17
  call void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(112) %25)
  %403 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.6, i64 noundef 0)
          to label %417 unwind label %447

404:                                              ; preds = %435
  %405 = getelementptr inbounds i8, ptr %25, i64 40
  %406 = load ptr, ptr %405, align 8, !tbaa !35, !noalias !37
  %407 = ptrtoint ptr %444 to i64
  %408 = ptrtoint ptr %406 to i64
  %409 = sub i64 %407, %408
  %410 = invoke noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32) %26, i64 noundef 0, i64 noundef 0, ptr noundef %406, i64 noundef %409)
          to label %449 unwind label %411

411:                                              ; preds = %415, %404
  %412 = landingpad { ptr, i32 }
          cleanup
  %413 = load ptr, ptr %26, align 8, !tbaa !42, !alias.scope !37
  %414 = icmp eq ptr %413, %436
  br i1 %414, label %1015, label %1010

415:                                              ; preds = %435
  %416 = getelementptr inbounds i8, ptr %25, i64 80
  invoke void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32) %26, ptr noundef nonnull align 8 dereferenceable(32) %416)
          to label %449 unwind label %411

417:                                              ; preds = %402
  %418 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 0)
          to label %419 unwind label %447

419:                                              ; preds = %417
  %420 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %421 unwind label %447

421:                                              ; preds = %419
  %422 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 1)
          to label %423 unwind label %447

423:                                              ; preds = %421
  %424 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %425 unwind label %447

425:                                              ; preds = %423
  %426 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 4)
          to label %427 unwind label %447

427:                                              ; preds = %425
  %428 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %429 unwind label %447

429:                                              ; preds = %427
  %430 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 9)
          to label %431 unwind label %447

431:                                              ; preds = %429
  %432 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %25, ptr noundef nonnull @.str.5, i64 noundef 1)
          to label %433 unwind label %447

433:                                              ; preds = %431
  %434 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %25, i32 noundef 16)
          to label %435 unwind label %447

435:                                              ; preds = %433
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %26) #17
  call void @llvm.experimental.noalias.scope.decl(metadata !45)
  call void @llvm.experimental.noalias.scope.decl(metadata !46)
  %436 = getelementptr inbounds i8, ptr %26, i64 16
  store ptr %436, ptr %26, align 8, !tbaa !47, !alias.scope !37
  %437 = getelementptr inbounds i8, ptr %26, i64 8
  store i64 0, ptr %437, align 8, !tbaa !48, !alias.scope !37
  store i8 0, ptr %436, align 8, !tbaa !5, !alias.scope !37
  %438 = getelementptr inbounds i8, ptr %25, i64 48
  %439 = load ptr, ptr %438, align 8, !tbaa !49, !noalias !37
  %440 = icmp eq ptr %439, null
  %441 = getelementptr inbounds i8, ptr %25, i64 32
  %442 = load ptr, ptr %441, align 8, !noalias !37
  %443 = icmp ugt ptr %439, %442
  %444 = select i1 %443, ptr %439, ptr %442
  %445 = icmp eq ptr %444, null
  %446 = select i1 %440, i1 true, i1 %445
  br i1 %446, label %415, label %404

447:                                              ; preds = %433, %431, %429, %427, %425, %423, %421, %419, %402, %417
  %448 = landingpad { ptr, i32 }
          cleanup
  br label %1017

449:                                              ; preds = %415, %404
  %450 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.7, i64 noundef 8)
          to label %451 unwind label %580

451:                                              ; preds = %449
  %452 = load ptr, ptr %26, align 8, !tbaa !42
  %453 = load i64, ptr %437, align 8, !tbaa !48
  %454 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %452, i64 noundef %453)
          to label %455 unwind label %580

455:                                              ; preds = %451
  %456 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %454, ptr noundef nonnull @.str.8, i64 noundef 2)
          to label %457 unwind label %580

457:                                              ; preds = %455
  %458 = load i64, ptr %437, align 8, !tbaa !48
  %459 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %454, i64 noundef %458)
          to label %460 unwind label %580

460:                                              ; preds = %457
  %461 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %459, ptr noundef nonnull @.str.9, i64 noundef 8)
          to label %462 unwind label %580

462:                                              ; preds = %460
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %27) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %28) #17
  %463 = getelementptr inbounds i8, ptr %28, i64 16
  store ptr %463, ptr %28, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %10) #17
  store i64 44, ptr %10, align 8, !tbaa !50
  %464 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %28, ptr noundef nonnull align 8 dereferenceable(8) %10, i64 noundef 0)
          to label %465 unwind label %582

465:                                              ; preds = %462
  store ptr %464, ptr %28, align 8, !tbaa !42
  %466 = load i64, ptr %10, align 8, !tbaa !50
  store i64 %466, ptr %463, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(44) %464, ptr noundef nonnull align 1 dereferenceable(44) @.str.10, i64 44, i1 false)
  %467 = getelementptr inbounds i8, ptr %28, i64 8
  store i64 %466, ptr %467, align 8, !tbaa !48
  %468 = getelementptr inbounds i8, ptr %464, i64 %466
  store i8 0, ptr %468, align 1, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %10) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %27, ptr noundef nonnull align 8 dereferenceable(32) %28, i32 noundef 8)
          to label %469 unwind label %584

469:                                              ; preds = %465
  %470 = load ptr, ptr %28, align 8, !tbaa !42
  %471 = icmp eq ptr %470, %463
  br i1 %471, label %475, label %472

472:                                              ; preds = %469
  %473 = load i64, ptr %463, align 8, !tbaa !5
  %474 = add i64 %473, 1
  call void @_ZdlPvm(ptr noundef %470, i64 noundef %474) #19
  br label %475

475:                                              ; preds = %469, %472
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %28) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %29) #17
  %476 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %476, ptr %29, align 8, !tbaa !47
  %477 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 0, ptr %477, align 8, !tbaa !48
  store i8 0, ptr %476, align 8, !tbaa !5
  %478 = getelementptr inbounds i8, ptr %27, i64 240
  %479 = getelementptr inbounds i8, ptr %30, i64 32
  %480 = getelementptr inbounds i8, ptr %31, i64 16
  %481 = getelementptr inbounds i8, ptr %31, i64 8
  %482 = load ptr, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, align 8
  %483 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %484 = getelementptr i8, ptr %482, i64 -24
  %485 = getelementptr inbounds i8, ptr %30, i64 16
  %486 = getelementptr inbounds i8, ptr %30, i64 88
  %487 = getelementptr inbounds i8, ptr %30, i64 104
  %488 = getelementptr inbounds i8, ptr %30, i64 72
  %489 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 8), align 8
  %490 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  %491 = getelementptr i8, ptr %489, i64 -24
  %492 = getelementptr inbounds i8, ptr %30, i64 8
  %493 = getelementptr inbounds i8, ptr %30, i64 120
  br label %494

494:                                              ; preds = %475, %637
  %495 = phi i32 [ 0, %475 ], [ %623, %637 ]
  %496 = load ptr, ptr %27, align 8, !tbaa !8
  %497 = getelementptr i8, ptr %496, i64 -24
  %498 = load i64, ptr %497, align 8
  %499 = getelementptr i8, ptr %478, i64 %498
  %500 = load ptr, ptr %499, align 8, !tbaa !22
  %501 = icmp eq ptr %500, null
  br i1 %501, label %502, label %504

502:                                              ; preds = %494
  invoke void @_ZSt16__throw_bad_castv() #18
          to label %503 unwind label %595

503:                                              ; preds = %502
  unreachable

504:                                              ; preds = %494
  %505 = getelementptr inbounds i8, ptr %500, i64 56
  %506 = load i8, ptr %505, align 8, !tbaa !25
  %507 = icmp eq i8 %506, 0
  br i1 %507, label %511, label %508

508:                                              ; preds = %504
  %509 = getelementptr inbounds i8, ptr %500, i64 67
  %510 = load i8, ptr %509, align 1, !tbaa !5
  br label %517

511:                                              ; preds = %504
  invoke void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %500)
          to label %512 unwind label %593

512:                                              ; preds = %511
  %513 = load ptr, ptr %500, align 8, !tbaa !8
  %514 = getelementptr inbounds i8, ptr %513, i64 48
  %515 = load ptr, ptr %514, align 8
  %516 = invoke noundef signext i8 %515(ptr noundef nonnull align 8 dereferenceable(570) %500, i8 noundef signext 10)
          to label %517 unwind label %593

517:                                              ; preds = %512, %508
  %518 = phi i8 [ %510, %508 ], [ %516, %512 ]
  %519 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 8 dereferenceable(32) %29, i8 noundef signext %518)
          to label %520 unwind label %593

520:                                              ; preds = %517
  %521 = load ptr, ptr %519, align 8, !tbaa !8
  %522 = getelementptr i8, ptr %521, i64 -24
  %523 = load i64, ptr %522, align 8
  %524 = getelementptr inbounds i8, ptr %519, i64 %523
  %525 = getelementptr inbounds i8, ptr %524, i64 32
  %526 = load i32, ptr %525, align 8, !tbaa !51
  %527 = and i32 %526, 5
  %528 = icmp eq i32 %527, 0
  br i1 %528, label %529, label %643

529:                                              ; preds = %520
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %30) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %30, ptr noundef nonnull align 8 dereferenceable(32) %29, i32 noundef 8)
          to label %530 unwind label %597

530:                                              ; preds = %529
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %31) #17
  store ptr %480, ptr %31, align 8, !tbaa !47
  store i64 0, ptr %481, align 8, !tbaa !48
  store i8 0, ptr %480, align 8, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %32) #17
  store i32 0, ptr %32, align 4, !tbaa !52
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %33) #17
  store double 0.000000e+00, ptr %33, align 8, !tbaa !53
  %531 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %30, ptr noundef nonnull align 8 dereferenceable(32) %31)
          to label %532 unwind label %599

532:                                              ; preds = %530
  %533 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %531, ptr noundef nonnull align 4 dereferenceable(4) %32)
          to label %534 unwind label %599

534:                                              ; preds = %532
  %535 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %533, ptr noundef nonnull align 8 dereferenceable(8) %33)
          to label %536 unwind label %599

536:                                              ; preds = %534
  %537 = load ptr, ptr %535, align 8, !tbaa !8
  %538 = getelementptr i8, ptr %537, i64 -24
  %539 = load i64, ptr %538, align 8
  %540 = getelementptr inbounds i8, ptr %535, i64 %539
  %541 = getelementptr inbounds i8, ptr %540, i64 32
  %542 = load i32, ptr %541, align 8, !tbaa !51
  %543 = and i32 %542, 5
  %544 = icmp eq i32 %543, 0
  %545 = load ptr, ptr %31, align 8, !tbaa !42
  %546 = load i64, ptr %481, align 8, !tbaa !48
  br i1 %544, label %547, label %607

547:                                              ; preds = %536
  %548 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %545, i64 noundef %546)
          to label %549 unwind label %599

549:                                              ; preds = %547
  %550 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %548, ptr noundef nonnull @.str.11, i64 noundef 2)
          to label %551 unwind label %599

551:                                              ; preds = %549
  %552 = load i32, ptr %32, align 4, !tbaa !52
  %553 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %548, i32 noundef %552)
          to label %554 unwind label %599

554:                                              ; preds = %551
  %555 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %553, ptr noundef nonnull @.str.12, i64 noundef 3)
          to label %556 unwind label %599

556:                                              ; preds = %554
  %557 = load double, ptr %33, align 8, !tbaa !53
  %558 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %553, double noundef %557)
          to label %559 unwind label %599

559:                                              ; preds = %556
  %560 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %558, ptr noundef nonnull @.str.13, i64 noundef 3)
          to label %561 unwind label %599

561:                                              ; preds = %559
  %562 = load i32, ptr %32, align 4, !tbaa !52
  %563 = sitofp i32 %562 to double
  %564 = load double, ptr %33, align 8, !tbaa !53
  %565 = fmul double %564, %563
  %566 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %558, double noundef %565)
          to label %567 unwind label %599

567:                                              ; preds = %561
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %9)
  store i8 10, ptr %9, align 1, !tbaa !5
  %568 = load ptr, ptr %566, align 8, !tbaa !8
  %569 = getelementptr i8, ptr %568, i64 -24
  %570 = load i64, ptr %569, align 8
  %571 = getelementptr inbounds i8, ptr %566, i64 %570
  %572 = getelementptr inbounds i8, ptr %571, i64 16
  %573 = load i64, ptr %572, align 8, !tbaa !10
  %574 = icmp eq i64 %573, 0
  br i1 %574, label %577, label %575

575:                                              ; preds = %567
  %576 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %566, ptr noundef nonnull %9, i64 noundef 1)
          to label %579 unwind label %599

577:                                              ; preds = %567
  %578 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %566, i8 noundef signext 10)
          to label %579 unwind label %599

579:                                              ; preds = %577, %575
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %9)
  br label %622

580:                                              ; preds = %460, %457, %455, %451, %449
  %581 = landingpad { ptr, i32 }
          cleanup
  br label %1006

582:                                              ; preds = %462
  %583 = landingpad { ptr, i32 }
          cleanup
  br label %591

584:                                              ; preds = %465
  %585 = landingpad { ptr, i32 }
          cleanup
  %586 = load ptr, ptr %28, align 8, !tbaa !42
  %587 = icmp eq ptr %586, %463
  br i1 %587, label %591, label %588

588:                                              ; preds = %584
  %589 = load i64, ptr %463, align 8, !tbaa !5
  %590 = add i64 %589, 1
  call void @_ZdlPvm(ptr noundef %586, i64 noundef %590) #19
  br label %591

591:                                              ; preds = %588, %584, %582
  %592 = phi { ptr, i32 } [ %583, %582 ], [ %585, %584 ], [ %585, %588 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %28) #17
  br label %1004

593:                                              ; preds = %511, %512, %517
  %594 = landingpad { ptr, i32 }
          cleanup
  br label %996

595:                                              ; preds = %502
  %596 = landingpad { ptr, i32 }
          cleanup
  br label %996

597:                                              ; preds = %529
  %598 = landingpad { ptr, i32 }
          cleanup
  br label %641

599:                                              ; preds = %620, %611, %609, %607, %577, %575, %561, %559, %556, %554, %549, %547, %534, %551, %532, %530
  %600 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %33) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %32) #17
  %601 = load ptr, ptr %31, align 8, !tbaa !42
  %602 = icmp eq ptr %601, %480
  br i1 %602, label %606, label %603

603:                                              ; preds = %599
  %604 = load i64, ptr %480, align 8, !tbaa !5
  %605 = add i64 %604, 1
  call void @_ZdlPvm(ptr noundef %601, i64 noundef %605) #19
  br label %606

606:                                              ; preds = %599, %603
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %31) #17
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %30) #17
  br label %641

607:                                              ; preds = %536
  %608 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef %545, i64 noundef %546)
          to label %609 unwind label %599

609:                                              ; preds = %607
  %610 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %608, ptr noundef nonnull @.str.14, i64 noundef 20)
          to label %611 unwind label %599

611:                                              ; preds = %609
  %612 = load ptr, ptr %30, align 8, !tbaa !8
  %613 = getelementptr i8, ptr %612, i64 -24
  %614 = load i64, ptr %613, align 8
  %615 = getelementptr i8, ptr %479, i64 %614
  %616 = load i32, ptr %615, align 8, !tbaa !51
  %617 = and i32 %616, 5
  %618 = icmp ne i32 %617, 0
  %619 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %608, i1 noundef zeroext %618)
          to label %620 unwind label %599

620:                                              ; preds = %611
  %621 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %619, ptr noundef nonnull @.str.15, i64 noundef 2)
          to label %622 unwind label %599

622:                                              ; preds = %620, %579
  %623 = add nuw nsw i32 %495, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %33) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %32) #17
  %624 = load ptr, ptr %31, align 8, !tbaa !42
  %625 = icmp eq ptr %624, %480
  br i1 %625, label %629, label %626

626:                                              ; preds = %622
  %627 = load i64, ptr %480, align 8, !tbaa !5
  %628 = add i64 %627, 1
  call void @_ZdlPvm(ptr noundef %624, i64 noundef %628) #19
  br label %629

629:                                              ; preds = %622, %626
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %31) #17
  store ptr %482, ptr %30, align 8, !tbaa !8
  %630 = load i64, ptr %484, align 8
  %631 = getelementptr inbounds i8, ptr %30, i64 %630
  store ptr %483, ptr %631, align 8, !tbaa !8
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %485, align 8, !tbaa !8
  %632 = load ptr, ptr %486, align 8, !tbaa !42
  %633 = icmp eq ptr %632, %487
  br i1 %633, label %637, label %634

634:                                              ; preds = %629
  %635 = load i64, ptr %487, align 8, !tbaa !5
  %636 = add i64 %635, 1
  call void @_ZdlPvm(ptr noundef %632, i64 noundef %636) #19
  br label %637

637:                                              ; preds = %629, %634
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %485, align 8, !tbaa !8
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %488) #17
  store ptr %489, ptr %30, align 8, !tbaa !8
  %638 = load i64, ptr %491, align 8
  %639 = getelementptr inbounds i8, ptr %30, i64 %638
  store ptr %490, ptr %639, align 8, !tbaa !8
  store i64 0, ptr %492, align 8, !tbaa !55
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %493) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %30) #17
  %640 = icmp eq i32 %623, 3
  br i1 %640, label %643, label %494, !llvm.loop !57

641:                                              ; preds = %606, %597
  %642 = phi { ptr, i32 } [ %600, %606 ], [ %598, %597 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %30) #17
  br label %996

643:                                              ; preds = %637, %520
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %34) #17
  store i64 0, ptr %34, align 8
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %6) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %7) #17
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %8) #17
  %644 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %27, ptr noundef nonnull align 1 dereferenceable(1) %6)
          to label %645 unwind label %736

645:                                              ; preds = %643
  %646 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %644, ptr noundef nonnull align 4 dereferenceable(4) %34)
          to label %647 unwind label %736

647:                                              ; preds = %645
  %648 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %646, ptr noundef nonnull align 1 dereferenceable(1) %7)
          to label %649 unwind label %736

649:                                              ; preds = %647
  %650 = getelementptr inbounds i8, ptr %34, i64 4
  %651 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %648, ptr noundef nonnull align 4 dereferenceable(4) %650)
          to label %652 unwind label %736

652:                                              ; preds = %649
  %653 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcEERSt13basic_istreamIT_T0_ES6_RS3_(ptr noundef nonnull align 8 dereferenceable(16) %651, ptr noundef nonnull align 1 dereferenceable(1) %8)
          to label %654 unwind label %736

654:                                              ; preds = %652
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %8) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %7) #17
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %6) #17
  %655 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.16, i64 noundef 11)
          to label %656 unwind label %736

656:                                              ; preds = %654
  %657 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZlsRSoRK5Point(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull align 4 dereferenceable(8) %34)
          to label %658 unwind label %736

658:                                              ; preds = %656
  %659 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %657, ptr noundef nonnull @.str.17, i64 noundef 7)
          to label %660 unwind label %736

660:                                              ; preds = %658
  %661 = load ptr, ptr %27, align 8, !tbaa !8
  %662 = getelementptr i8, ptr %661, i64 -24
  %663 = load i64, ptr %662, align 8
  %664 = getelementptr inbounds i8, ptr %27, i64 %663
  %665 = getelementptr inbounds i8, ptr %664, i64 32
  %666 = load i32, ptr %665, align 8, !tbaa !51
  %667 = icmp eq i32 %666, 0
  %668 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %657, i1 noundef zeroext %667)
          to label %669 unwind label %736

669:                                              ; preds = %660
  %670 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %668, ptr noundef nonnull @.str.18, i64 noundef 6)
          to label %671 unwind label %736

671:                                              ; preds = %669
  %672 = load ptr, ptr %27, align 8, !tbaa !8
  %673 = getelementptr i8, ptr %672, i64 -24
  %674 = load i64, ptr %673, align 8
  %675 = getelementptr inbounds i8, ptr %27, i64 %674
  %676 = getelementptr inbounds i8, ptr %675, i64 32
  %677 = load i32, ptr %676, align 8, !tbaa !51
  %678 = and i32 %677, 2
  %679 = icmp ne i32 %678, 0
  %680 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %668, i1 noundef zeroext %679)
          to label %681 unwind label %736

681:                                              ; preds = %671
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %5)
  store i8 10, ptr %5, align 1, !tbaa !5
  %682 = load ptr, ptr %680, align 8, !tbaa !8
  %683 = getelementptr i8, ptr %682, i64 -24
  %684 = load i64, ptr %683, align 8
  %685 = getelementptr inbounds i8, ptr %680, i64 %684
  %686 = getelementptr inbounds i8, ptr %685, i64 16
  %687 = load i64, ptr %686, align 8, !tbaa !10
  %688 = icmp eq i64 %687, 0
  br i1 %688, label %691, label %689

689:                                              ; preds = %681
  %690 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %680, ptr noundef nonnull %5, i64 noundef 1)
          to label %693 unwind label %736

691:                                              ; preds = %681
  %692 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %680, i8 noundef signext 10)
          to label %693 unwind label %736

693:                                              ; preds = %689, %691
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %5)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %35) #17
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %35, i8 0, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(i64 384, ptr nonnull %36) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %37) #17
  %694 = getelementptr inbounds i8, ptr %37, i64 16
  store ptr %694, ptr %37, align 8, !tbaa !47
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #17
  store i64 40, ptr %4, align 8, !tbaa !50
  %695 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %37, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %696 unwind label %738

696:                                              ; preds = %693
  store ptr %695, ptr %37, align 8, !tbaa !42
  %697 = load i64, ptr %4, align 8, !tbaa !50
  store i64 %697, ptr %694, align 8, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(40) %695, ptr noundef nonnull align 1 dereferenceable(40) @.str.19, i64 40, i1 false)
  %698 = getelementptr inbounds i8, ptr %37, i64 8
  store i64 %697, ptr %698, align 8, !tbaa !48
  %699 = getelementptr inbounds i8, ptr %695, i64 %697
  store i8 0, ptr %699, align 1, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #17
  invoke void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120) %36, ptr noundef nonnull align 8 dereferenceable(32) %37, i32 noundef 8)
          to label %700 unwind label %740

700:                                              ; preds = %696
  %701 = load ptr, ptr %37, align 8, !tbaa !42
  %702 = icmp eq ptr %701, %694
  br i1 %702, label %706, label %703

703:                                              ; preds = %700
  %704 = load i64, ptr %694, align 8, !tbaa !5
  %705 = add i64 %704, 1
  call void @_ZdlPvm(ptr noundef %701, i64 noundef %705) #19
  br label %706

706:                                              ; preds = %700, %703
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %37) #17
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %38) #17
  %707 = getelementptr inbounds i8, ptr %38, i64 16
  store ptr %707, ptr %38, align 8, !tbaa !47
  %708 = getelementptr inbounds i8, ptr %38, i64 8
  store i64 0, ptr %708, align 8, !tbaa !48
  store i8 0, ptr %707, align 8, !tbaa !5
  %709 = getelementptr inbounds i8, ptr %35, i64 8
  %710 = getelementptr inbounds i8, ptr %35, i64 16
  br label %711

711:                                              ; preds = %783, %706
  %712 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16) %36, ptr noundef nonnull align 8 dereferenceable(32) %38)
          to label %713 unwind label %749

713:                                              ; preds = %711
  %714 = load ptr, ptr %712, align 8, !tbaa !8
  %715 = getelementptr i8, ptr %714, i64 -24
  %716 = load i64, ptr %715, align 8
  %717 = getelementptr inbounds i8, ptr %712, i64 %716
  %718 = getelementptr inbounds i8, ptr %717, i64 32
  %719 = load i32, ptr %718, align 8, !tbaa !51
  %720 = and i32 %719, 5
  %721 = icmp eq i32 %720, 0
  br i1 %721, label %757, label %722

722:                                              ; preds = %713
  %723 = load ptr, ptr %38, align 8, !tbaa !42
  %724 = icmp eq ptr %723, %707
  br i1 %724, label %728, label %725

725:                                              ; preds = %722
  %726 = load i64, ptr %707, align 8, !tbaa !5
  %727 = add i64 %726, 1
  call void @_ZdlPvm(ptr noundef %723, i64 noundef %727) #19
  br label %728

728:                                              ; preds = %722, %725
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %38) #17
  %729 = load ptr, ptr %709, align 8, !tbaa !59
  %730 = load ptr, ptr %35, align 8, !tbaa !61
  %731 = ptrtoint ptr %729 to i64
  %732 = ptrtoint ptr %730 to i64
  %733 = sub i64 %731, %732
  %734 = ashr exact i64 %733, 5
  %735 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i64 noundef %734)
          to label %784 unwind label %978

736:                                              ; preds = %691, %689, %671, %669, %660, %658, %654, %652, %649, %647, %645, %643, %656
  %737 = landingpad { ptr, i32 }
          cleanup
  br label %994

738:                                              ; preds = %693
  %739 = landingpad { ptr, i32 }
          cleanup
  br label %747

740:                                              ; preds = %696
  %741 = landingpad { ptr, i32 }
          cleanup
  %742 = load ptr, ptr %37, align 8, !tbaa !42
  %743 = icmp eq ptr %742, %694
  br i1 %743, label %747, label %744

744:                                              ; preds = %740
  %745 = load i64, ptr %694, align 8, !tbaa !5
  %746 = add i64 %745, 1
  call void @_ZdlPvm(ptr noundef %742, i64 noundef %746) #19
  br label %747

747:                                              ; preds = %744, %740, %738
  %748 = phi { ptr, i32 } [ %739, %738 ], [ %741, %740 ], [ %741, %744 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %37) #17
  br label %992

749:                                              ; preds = %782, %766, %711
  %750 = landingpad { ptr, i32 }
          cleanup
  %751 = load ptr, ptr %38, align 8, !tbaa !42
  %752 = icmp eq ptr %751, %707
  br i1 %752, label %756, label %753

753:                                              ; preds = %749
  %754 = load i64, ptr %707, align 8, !tbaa !5
  %755 = add i64 %754, 1
  call void @_ZdlPvm(ptr noundef %751, i64 noundef %755) #19
  br label %756

756:                                              ; preds = %749, %753
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %38) #17
  br label %990

757:                                              ; preds = %713
  %758 = load ptr, ptr %709, align 8, !tbaa !28
  %759 = load ptr, ptr %710, align 8, !tbaa !62
  %760 = icmp eq ptr %758, %759
  br i1 %760, label %782, label %761

761:                                              ; preds = %757
  %762 = getelementptr inbounds i8, ptr %758, i64 16
  store ptr %762, ptr %758, align 8, !tbaa !47
  %763 = load ptr, ptr %38, align 8, !tbaa !42
  %764 = load i64, ptr %708, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #17
  store i64 %764, ptr %3, align 8, !tbaa !50
  %765 = icmp ugt i64 %764, 15
  br i1 %765, label %766, label %770

766:                                              ; preds = %761
  %767 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %758, ptr noundef nonnull align 8 dereferenceable(8) %3, i64 noundef 0)
          to label %768 unwind label %749

768:                                              ; preds = %766
  store ptr %767, ptr %758, align 8, !tbaa !42
  %769 = load i64, ptr %3, align 8, !tbaa !50
  store i64 %769, ptr %762, align 8, !tbaa !5
  br label %770

770:                                              ; preds = %768, %761
  %771 = phi ptr [ %767, %768 ], [ %762, %761 ]
  switch i64 %764, label %774 [
    i64 1, label %772
    i64 0, label %775
  ]

772:                                              ; preds = %770
  %773 = load i8, ptr %763, align 1, !tbaa !5
  store i8 %773, ptr %771, align 1, !tbaa !5
  br label %775

774:                                              ; preds = %770
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %771, ptr align 1 %763, i64 %764, i1 false)
  br label %775

775:                                              ; preds = %774, %772, %770
  %776 = load i64, ptr %3, align 8, !tbaa !50
  %777 = getelementptr inbounds i8, ptr %758, i64 8
  store i64 %776, ptr %777, align 8, !tbaa !48
  %778 = load ptr, ptr %758, align 8, !tbaa !42
  %779 = getelementptr inbounds i8, ptr %778, i64 %776
  store i8 0, ptr %779, align 1, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #17
  %780 = load ptr, ptr %709, align 8, !tbaa !59
  %781 = getelementptr inbounds i8, ptr %780, i64 32
  store ptr %781, ptr %709, align 8, !tbaa !59
  br label %783

782:                                              ; preds = %757
  invoke void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %35, ptr %758, ptr noundef nonnull align 8 dereferenceable(32) %38)
          to label %783 unwind label %749

783:                                              ; preds = %782, %775
  br label %711

784:                                              ; preds = %728
  %785 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %735, ptr noundef nonnull @.str.20, i64 noundef 14)
          to label %786 unwind label %978

786:                                              ; preds = %784
  %787 = load ptr, ptr %709, align 8, !tbaa !28
  %788 = getelementptr inbounds i8, ptr %787, i64 -32
  %789 = load ptr, ptr %788, align 8, !tbaa !42
  %790 = getelementptr inbounds i8, ptr %787, i64 -24
  %791 = load i64, ptr %790, align 8, !tbaa !48
  %792 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %735, ptr noundef %789, i64 noundef %791)
          to label %793 unwind label %978

793:                                              ; preds = %786
  %794 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %792, ptr noundef nonnull @.str.21, i64 noundef 2)
          to label %795 unwind label %978

795:                                              ; preds = %793
  call void @llvm.lifetime.start.p0(i64 392, ptr nonnull %39) #17
  invoke void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128) %39)
          to label %796 unwind label %980

796:                                              ; preds = %795
  %797 = getelementptr inbounds i8, ptr %39, i64 16
  %798 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) %797, i32 noundef 127)
          to label %799 unwind label %982

799:                                              ; preds = %796
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %2)
  store i8 32, ptr %2, align 1, !tbaa !5
  %800 = load ptr, ptr %798, align 8, !tbaa !8
  %801 = getelementptr i8, ptr %800, i64 -24
  %802 = load i64, ptr %801, align 8
  %803 = getelementptr inbounds i8, ptr %798, i64 %802
  %804 = getelementptr inbounds i8, ptr %803, i64 16
  %805 = load i64, ptr %804, align 8, !tbaa !10
  %806 = icmp eq i64 %805, 0
  br i1 %806, label %809, label %807

807:                                              ; preds = %799
  %808 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %798, ptr noundef nonnull %2, i64 noundef 1)
          to label %811 unwind label %982

809:                                              ; preds = %799
  %810 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %798, i8 noundef signext 32)
          to label %811 unwind label %982

811:                                              ; preds = %807, %809
  %812 = phi ptr [ %808, %807 ], [ %798, %809 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %2)
  %813 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %812, double noundef 1.000000e-03)
          to label %814 unwind label %982

814:                                              ; preds = %811
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %40) #17
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %41) #17
  %815 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSirsERi(ptr noundef nonnull align 8 dereferenceable(16) %39, ptr noundef nonnull align 4 dereferenceable(4) %40)
          to label %816 unwind label %984

816:                                              ; preds = %814
  %817 = invoke noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16) %815, ptr noundef nonnull align 8 dereferenceable(8) %41)
          to label %818 unwind label %984

818:                                              ; preds = %816
  %819 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, ptr noundef nonnull @.str.22, i64 noundef 11)
          to label %820 unwind label %984

820:                                              ; preds = %818
  %821 = load i32, ptr %40, align 4, !tbaa !52
  %822 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSolsEi(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cout, i32 noundef %821)
          to label %823 unwind label %984

823:                                              ; preds = %820
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %1)
  store i8 32, ptr %1, align 1, !tbaa !5
  %824 = load ptr, ptr %822, align 8, !tbaa !8
  %825 = getelementptr i8, ptr %824, i64 -24
  %826 = load i64, ptr %825, align 8
  %827 = getelementptr inbounds i8, ptr %822, i64 %826
  %828 = getelementptr inbounds i8, ptr %827, i64 16
  %829 = load i64, ptr %828, align 8, !tbaa !10
  %830 = icmp eq i64 %829, 0
  br i1 %830, label %833, label %831

831:                                              ; preds = %823
  %832 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) %822, ptr noundef nonnull %1, i64 noundef 1)
          to label %835 unwind label %984

833:                                              ; preds = %823
  %834 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %822, i8 noundef signext 32)
          to label %835 unwind label %984

835:                                              ; preds = %831, %833
  %836 = phi ptr [ %832, %831 ], [ %822, %833 ]
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %1)
  %837 = load double, ptr %41, align 8, !tbaa !53
  %838 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8) %836, double noundef %837)
          to label %839 unwind label %984

839:                                              ; preds = %835
  %840 = load ptr, ptr %838, align 8, !tbaa !8
  %841 = getelementptr i8, ptr %840, i64 -24
  %842 = load i64, ptr %841, align 8
  %843 = getelementptr inbounds i8, ptr %838, i64 %842
  %844 = getelementptr inbounds i8, ptr %843, i64 240
  %845 = load ptr, ptr %844, align 8, !tbaa !22
  %846 = icmp eq ptr %845, null
  br i1 %846, label %847, label %849

847:                                              ; preds = %839
  invoke void @_ZSt16__throw_bad_castv() #18
          to label %848 unwind label %984

848:                                              ; preds = %847
  unreachable

849:                                              ; preds = %839
  %850 = getelementptr inbounds i8, ptr %845, i64 56
  %851 = load i8, ptr %850, align 8, !tbaa !25
  %852 = icmp eq i8 %851, 0
  br i1 %852, label %856, label %853

853:                                              ; preds = %849
  %854 = getelementptr inbounds i8, ptr %845, i64 67
  %855 = load i8, ptr %854, align 1, !tbaa !5
  br label %862

856:                                              ; preds = %849
  invoke void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570) %845)
          to label %857 unwind label %984

857:                                              ; preds = %856
  %858 = load ptr, ptr %845, align 8, !tbaa !8
  %859 = getelementptr inbounds i8, ptr %858, i64 48
  %860 = load ptr, ptr %859, align 8
  %861 = invoke noundef signext i8 %860(ptr noundef nonnull align 8 dereferenceable(570) %845, i8 noundef signext 10)
          to label %862 unwind label %984

862:                                              ; preds = %857, %853
  %863 = phi i8 [ %855, %853 ], [ %861, %857 ]
  %864 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8) %838, i8 noundef signext %863)
          to label %865 unwind label %984

865:                                              ; preds = %862
  %866 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8) %864)
          to label %867 unwind label %984

867:                                              ; preds = %865
  %868 = invoke noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8) @_ZSt4cerr, ptr noundef nonnull @.str.23, i64 noundef 40)
          to label %869 unwind label %984

869:                                              ; preds = %867
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %41) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %40) #17
  %870 = load ptr, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %870, ptr %39, align 8, !tbaa !8
  %871 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 64), align 8
  %872 = getelementptr i8, ptr %870, i64 -24
  %873 = load i64, ptr %872, align 8
  %874 = getelementptr inbounds i8, ptr %39, i64 %873
  store ptr %871, ptr %874, align 8, !tbaa !8
  %875 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 72), align 8
  store ptr %875, ptr %797, align 8, !tbaa !8
  %876 = getelementptr inbounds i8, ptr %39, i64 24
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %876, align 8, !tbaa !8
  %877 = getelementptr inbounds i8, ptr %39, i64 96
  %878 = load ptr, ptr %877, align 8, !tbaa !42
  %879 = getelementptr inbounds i8, ptr %39, i64 112
  %880 = icmp eq ptr %878, %879
  br i1 %880, label %884, label %881

881:                                              ; preds = %869
  %882 = load i64, ptr %879, align 8, !tbaa !5
  %883 = add i64 %882, 1
  call void @_ZdlPvm(ptr noundef %878, i64 noundef %883) #19
  br label %884

884:                                              ; preds = %869, %881
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %876, align 8, !tbaa !8
  %885 = getelementptr inbounds i8, ptr %39, i64 80
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %885) #17
  %886 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 16), align 8
  store ptr %886, ptr %39, align 8, !tbaa !8
  %887 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %888 = getelementptr i8, ptr %886, i64 -24
  %889 = load i64, ptr %888, align 8
  %890 = getelementptr inbounds i8, ptr %39, i64 %889
  store ptr %887, ptr %890, align 8, !tbaa !8
  %891 = getelementptr inbounds i8, ptr %39, i64 8
  store i64 0, ptr %891, align 8, !tbaa !55
  %892 = getelementptr inbounds i8, ptr %39, i64 128
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %892) #17
  call void @llvm.lifetime.end.p0(i64 392, ptr nonnull %39) #17
  store ptr %482, ptr %36, align 8, !tbaa !8
  %893 = load i64, ptr %484, align 8
  %894 = getelementptr inbounds i8, ptr %36, i64 %893
  store ptr %483, ptr %894, align 8, !tbaa !8
  %895 = getelementptr inbounds i8, ptr %36, i64 16
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %895, align 8, !tbaa !8
  %896 = getelementptr inbounds i8, ptr %36, i64 88
  %897 = load ptr, ptr %896, align 8, !tbaa !42
  %898 = getelementptr inbounds i8, ptr %36, i64 104
  %899 = icmp eq ptr %897, %898
  br i1 %899, label %903, label %900

900:                                              ; preds = %884
  %901 = load i64, ptr %898, align 8, !tbaa !5
  %902 = add i64 %901, 1
  call void @_ZdlPvm(ptr noundef %897, i64 noundef %902) #19
  br label %903

903:                                              ; preds = %884, %900
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %895, align 8, !tbaa !8
  %904 = getelementptr inbounds i8, ptr %36, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %904) #17
  store ptr %489, ptr %36, align 8, !tbaa !8
  %905 = load i64, ptr %491, align 8
  %906 = getelementptr inbounds i8, ptr %36, i64 %905
  store ptr %490, ptr %906, align 8, !tbaa !8
  %907 = getelementptr inbounds i8, ptr %36, i64 8
  store i64 0, ptr %907, align 8, !tbaa !55
  %908 = getelementptr inbounds i8, ptr %36, i64 120
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %908) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %36) #17
  %909 = load ptr, ptr %35, align 8, !tbaa !61
  %910 = load ptr, ptr %709, align 8, !tbaa !59
  %911 = icmp eq ptr %909, %910
  br i1 %911, label %925, label %912

912:                                              ; preds = %903, %920
  %913 = phi ptr [ %921, %920 ], [ %909, %903 ]
  %914 = load ptr, ptr %913, align 8, !tbaa !42
  %915 = getelementptr inbounds i8, ptr %913, i64 16
  %916 = icmp eq ptr %914, %915
  br i1 %916, label %920, label %917

917:                                              ; preds = %912
  %918 = load i64, ptr %915, align 8, !tbaa !5
  %919 = add i64 %918, 1
  call void @_ZdlPvm(ptr noundef %914, i64 noundef %919) #19
  br label %920

920:                                              ; preds = %917, %912
  %921 = getelementptr inbounds i8, ptr %913, i64 32
  %922 = icmp eq ptr %921, %910
  br i1 %922, label %923, label %912, !llvm.loop !63

923:                                              ; preds = %920
  %924 = load ptr, ptr %35, align 8, !tbaa !61
  br label %925

925:                                              ; preds = %923, %903
  %926 = phi ptr [ %924, %923 ], [ %909, %903 ]
  %927 = icmp eq ptr %926, null
  br i1 %927, label %933, label %928

928:                                              ; preds = %925
  %929 = load ptr, ptr %710, align 8, !tbaa !62
  %930 = ptrtoint ptr %929 to i64
  %931 = ptrtoint ptr %926 to i64
  %932 = sub i64 %930, %931
  call void @_ZdlPvm(ptr noundef nonnull %926, i64 noundef %932) #19
  br label %933

933:                                              ; preds = %925, %928
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %35) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %34) #17
  %934 = load ptr, ptr %29, align 8, !tbaa !42
  %935 = icmp eq ptr %934, %476
  br i1 %935, label %939, label %936

936:                                              ; preds = %933
  %937 = load i64, ptr %476, align 8, !tbaa !5
  %938 = add i64 %937, 1
  call void @_ZdlPvm(ptr noundef %934, i64 noundef %938) #19
  br label %939

939:                                              ; preds = %933, %936
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %29) #17
  store ptr %482, ptr %27, align 8, !tbaa !8
  %940 = load i64, ptr %484, align 8
  %941 = getelementptr inbounds i8, ptr %27, i64 %940
  store ptr %483, ptr %941, align 8, !tbaa !8
  %942 = getelementptr inbounds i8, ptr %27, i64 16
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %942, align 8, !tbaa !8
  %943 = getelementptr inbounds i8, ptr %27, i64 88
  %944 = load ptr, ptr %943, align 8, !tbaa !42
  %945 = getelementptr inbounds i8, ptr %27, i64 104
  %946 = icmp eq ptr %944, %945
  br i1 %946, label %950, label %947

947:                                              ; preds = %939
  %948 = load i64, ptr %945, align 8, !tbaa !5
  %949 = add i64 %948, 1
  call void @_ZdlPvm(ptr noundef %944, i64 noundef %949) #19
  br label %950

950:                                              ; preds = %939, %947
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %942, align 8, !tbaa !8
  %951 = getelementptr inbounds i8, ptr %27, i64 72
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %951) #17
  store ptr %489, ptr %27, align 8, !tbaa !8
  %952 = load i64, ptr %491, align 8
  %953 = getelementptr inbounds i8, ptr %27, i64 %952
  store ptr %490, ptr %953, align 8, !tbaa !8
  %954 = getelementptr inbounds i8, ptr %27, i64 8
  store i64 0, ptr %954, align 8, !tbaa !55
  %955 = getelementptr inbounds i8, ptr %27, i64 120
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %955) #17
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %27) #17
  %956 = load ptr, ptr %26, align 8, !tbaa !42
  %957 = icmp eq ptr %956, %436
  br i1 %957, label %961, label %958

958:                                              ; preds = %950
  %959 = load i64, ptr %436, align 8, !tbaa !5
  %960 = add i64 %959, 1
  call void @_ZdlPvm(ptr noundef %956, i64 noundef %960) #19
  br label %961

961:                                              ; preds = %950, %958
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %26) #17
  %962 = load ptr, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, align 8
  store ptr %962, ptr %25, align 8, !tbaa !8
  %963 = load ptr, ptr getelementptr inbounds (i8, ptr @_ZTTNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEE, i64 24), align 8
  %964 = getelementptr i8, ptr %962, i64 -24
  %965 = load i64, ptr %964, align 8
  %966 = getelementptr inbounds i8, ptr %25, i64 %965
  store ptr %963, ptr %966, align 8, !tbaa !8
  %967 = getelementptr inbounds i8, ptr %25, i64 8
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVNSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEEE, i64 16), ptr %967, align 8, !tbaa !8
  %968 = getelementptr inbounds i8, ptr %25, i64 80
  %969 = load ptr, ptr %968, align 8, !tbaa !42
  %970 = getelementptr inbounds i8, ptr %25, i64 96
  %971 = icmp eq ptr %969, %970
  br i1 %971, label %975, label %972

972:                                              ; preds = %961
  %973 = load i64, ptr %970, align 8, !tbaa !5
  %974 = add i64 %973, 1
  call void @_ZdlPvm(ptr noundef %969, i64 noundef %974) #19
  br label %975

975:                                              ; preds = %961, %972
  store ptr getelementptr inbounds inrange(-16, 112) (i8, ptr @_ZTVSt15basic_streambufIcSt11char_traitsIcEE, i64 16), ptr %967, align 8, !tbaa !8
  %976 = getelementptr inbounds i8, ptr %25, i64 64
  call void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8) %976) #17
  %977 = getelementptr inbounds i8, ptr %25, i64 112
  call void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(264) %977) #17
  call void @llvm.lifetime.end.p0(i64 376, ptr nonnull %25) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %24) #17
  ret i32 0

978:                                              ; preds = %793, %786, %784, %728
  %979 = landingpad { ptr, i32 }
          cleanup
  br label %990

980:                                              ; preds = %795
  %981 = landingpad { ptr, i32 }
          cleanup
  br label %988

982:                                              ; preds = %811, %809, %807, %796
  %983 = landingpad { ptr, i32 }
          cleanup
  br label %986

984:                                              ; preds = %865, %862, %857, %856, %847, %867, %835, %833, %831, %818, %816, %820, %814
  %985 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %41) #17
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %40) #17
  br label %986

986:                                              ; preds = %984, %982
  %987 = phi { ptr, i32 } [ %985, %984 ], [ %983, %982 ]
  call void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(128) %39) #17
  br label %988

988:                                              ; preds = %986, %980
  %989 = phi { ptr, i32 } [ %987, %986 ], [ %981, %980 ]
  call void @llvm.lifetime.end.p0(i64 392, ptr nonnull %39) #17
  br label %990

990:                                              ; preds = %988, %978, %756
  %991 = phi { ptr, i32 } [ %750, %756 ], [ %989, %988 ], [ %979, %978 ]
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %36) #17
  br label %992

992:                                              ; preds = %990, %747
  %993 = phi { ptr, i32 } [ %991, %990 ], [ %748, %747 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %36) #17
  call void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %35) #17
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %35) #17
  br label %994

994:                                              ; preds = %992, %736
  %995 = phi { ptr, i32 } [ %993, %992 ], [ %737, %736 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %34) #17
  br label %996

996:                                              ; preds = %593, %595, %994, %641
  %997 = phi { ptr, i32 } [ %642, %641 ], [ %995, %994 ], [ %594, %593 ], [ %596, %595 ]
  %998 = load ptr, ptr %29, align 8, !tbaa !42
  %999 = icmp eq ptr %998, %476
  br i1 %999, label %1003, label %1000

1000:                                             ; preds = %996
  %1001 = load i64, ptr %476, align 8, !tbaa !5
  %1002 = add i64 %1001, 1
  call void @_ZdlPvm(ptr noundef %998, i64 noundef %1002) #19
  br label %1003

1003:                                             ; preds = %996, %1000
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %29) #17
  call void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120) %27) #17
  br label %1004

1004:                                             ; preds = %1003, %591
  %1005 = phi { ptr, i32 } [ %997, %1003 ], [ %592, %591 ]
  call void @llvm.lifetime.end.p0(i64 384, ptr nonnull %27) #17
  br label %1006

1006:                                             ; preds = %1004, %580
  %1007 = phi { ptr, i32 } [ %1005, %1004 ], [ %581, %580 ]
  %1008 = load ptr, ptr %26, align 8, !tbaa !42
  %1009 = icmp eq ptr %1008, %436
  br i1 %1009, label %1015, label %1010

1010:                                             ; preds = %1006, %411
  %1011 = phi ptr [ %413, %411 ], [ %1008, %1006 ]
  %1012 = phi { ptr, i32 } [ %412, %411 ], [ %1007, %1006 ]
  %1013 = load i64, ptr %436, align 8, !tbaa !5
  %1014 = add i64 %1013, 1
  call void @_ZdlPvm(ptr noundef %1011, i64 noundef %1014) #19
  br label %1015

1015:                                             ; preds = %1010, %1006, %411
  %1016 = phi { ptr, i32 } [ %412, %411 ], [ %1007, %1006 ], [ %1012, %1010 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %26) #17
  br label %1017

1017:                                             ; preds = %1015, %447
  %1018 = phi { ptr, i32 } [ %448, %447 ], [ %1016, %1015 ]
  call void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(112) %25) #17
  call void @llvm.lifetime.end.p0(i64 376, ptr nonnull %25) #17
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %24) #17
  resume { ptr, i32 } %1018
}

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr nocapture noundef) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #7

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(112)) unnamed_addr #3 align 2

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEEC1ERKNS_12basic_stringIcS2_S3_EESt13_Ios_Openmode(ptr noundef nonnull align 8 dereferenceable(120), ptr noundef nonnull align 8 dereferenceable(32), i32 noundef) unnamed_addr #3 align 2

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZStrsIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EE(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1119basic_istringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(120)) unnamed_addr #8 align 2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #9

; Function Attrs: mustprogress uwtable
declare void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEEC1Ev(ptr noundef nonnull align 8 dereferenceable(128)) unnamed_addr #3 align 2

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1118basic_stringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(128)) unnamed_addr #8 align 2

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(24) %0) unnamed_addr #8 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !61
  %3 = getelementptr inbounds i8, ptr %0, i64 8
  %4 = load ptr, ptr %3, align 8, !tbaa !59
  %5 = icmp eq ptr %2, %4
  br i1 %5, label %19, label %6

6:                                                ; preds = %1, %14
  %7 = phi ptr [ %15, %14 ], [ %2, %1 ]
  %8 = load ptr, ptr %7, align 8, !tbaa !42
  %9 = getelementptr inbounds i8, ptr %7, i64 16
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %14, label %11

11:                                               ; preds = %6
  %12 = load i64, ptr %9, align 8, !tbaa !5
  %13 = add i64 %12, 1
  tail call void @_ZdlPvm(ptr noundef %8, i64 noundef %13) #19
  br label %14

14:                                               ; preds = %11, %6
  %15 = getelementptr inbounds i8, ptr %7, i64 32
  %16 = icmp eq ptr %15, %4
  br i1 %16, label %17, label %6, !llvm.loop !63

17:                                               ; preds = %14
  %18 = load ptr, ptr %0, align 8, !tbaa !61
  br label %19

19:                                               ; preds = %17, %1
  %20 = phi ptr [ %18, %17 ], [ %2, %1 ]
  %21 = icmp eq ptr %20, null
  br i1 %21, label %28, label %22

22:                                               ; preds = %19
  %23 = getelementptr inbounds i8, ptr %0, i64 16
  %24 = load ptr, ptr %23, align 8, !tbaa !62
  %25 = ptrtoint ptr %24 to i64
  %26 = ptrtoint ptr %20 to i64
  %27 = sub i64 %25, %26
  tail call void @_ZdlPvm(ptr noundef nonnull %20, i64 noundef %27) #19
  br label %28

28:                                               ; preds = %19, %22
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
declare void @_ZNSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEED1Ev(ptr noundef nonnull align 8 dereferenceable(112)) unnamed_addr #8 align 2

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #10 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #17
  tail call void @_ZSt9terminatev() #20
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #11

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZSt16__ostream_insertIcSt11char_traitsIcEERSt13basic_ostreamIT_T0_ES6_PKS3_l(ptr noundef nonnull align 8 dereferenceable(8), ptr noundef, i64 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo3putEc(ptr noundef nonnull align 8 dereferenceable(8), i8 noundef signext) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo5flushEv(ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: noreturn
declare void @_ZSt16__throw_bad_castv() local_unnamed_addr #12

declare void @_ZNKSt5ctypeIcE13_M_widen_initEv(ptr noundef nonnull align 8 dereferenceable(570)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIdEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), double noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertIbEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i1 noundef zeroext) local_unnamed_addr #0

; Function Attrs: nounwind
declare void @_ZNSt8ios_baseD2Ev(ptr noundef nonnull align 8 dereferenceable(216)) unnamed_addr #1

; Function Attrs: nounwind
declare void @_ZNSt6localeD1Ev(ptr noundef nonnull align 8 dereferenceable(8)) unnamed_addr #1

declare noundef nonnull align 8 dereferenceable(32) ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm(ptr noundef nonnull align 8 dereferenceable(32), i64 noundef, i64 noundef, ptr noundef, i64 noundef) local_unnamed_addr #0

declare void @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_assignERKS4_(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(8) ptr @_ZNSo9_M_insertImEERSoT_(ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZSt7getlineIcSt11char_traitsIcESaIcEERSt13basic_istreamIT_T0_ES7_RNSt7__cxx1112basic_stringIS4_S5_T1_EES4_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(32), i8 noundef signext) local_unnamed_addr #0

declare noundef nonnull align 8 dereferenceable(16) ptr @_ZNSi10_M_extractIdEERSiRT_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(8)) local_unnamed_addr #0

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt6vectorINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_M_realloc_insertIJRKS5_EEEvN9__gnu_cxx17__normal_iteratorIPS5_S7_EEDpOT_(ptr noundef nonnull align 8 dereferenceable(24) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #3 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = alloca i64, align 8
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !59
  %7 = load ptr, ptr %0, align 8, !tbaa !28
  %8 = ptrtoint ptr %6 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = icmp eq i64 %10, 9223372036854775776
  br i1 %11, label %12, label %13

12:                                               ; preds = %3
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.27) #18
  unreachable

13:                                               ; preds = %3
  %14 = ashr exact i64 %10, 5
  %15 = tail call i64 @llvm.umax.i64(i64 %14, i64 1)
  %16 = add nsw i64 %15, %14
  %17 = icmp ult i64 %16, %14
  %18 = tail call i64 @llvm.umin.i64(i64 %16, i64 288230376151711743)
  %19 = select i1 %17, i64 288230376151711743, i64 %18
  %20 = ptrtoint ptr %1 to i64
  %21 = sub i64 %20, %9
  %22 = ashr exact i64 %21, 5
  %23 = icmp eq i64 %19, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %13
  %25 = shl nuw nsw i64 %19, 5
  %26 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %25) #21
  br label %27

27:                                               ; preds = %13, %24
  %28 = phi ptr [ %26, %24 ], [ null, %13 ]
  %29 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %22
  %30 = getelementptr inbounds i8, ptr %29, i64 16
  store ptr %30, ptr %29, align 8, !tbaa !47
  %31 = load ptr, ptr %2, align 8, !tbaa !42
  %32 = getelementptr inbounds i8, ptr %2, i64 8
  %33 = load i64, ptr %32, align 8, !tbaa !48
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #17
  store i64 %33, ptr %4, align 8, !tbaa !50
  %34 = icmp ugt i64 %33, 15
  br i1 %34, label %35, label %39

35:                                               ; preds = %27
  %36 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %29, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %37 unwind label %114

37:                                               ; preds = %35
  store ptr %36, ptr %29, align 8, !tbaa !42
  %38 = load i64, ptr %4, align 8, !tbaa !50
  store i64 %38, ptr %30, align 8, !tbaa !5
  br label %39

39:                                               ; preds = %37, %27
  %40 = phi ptr [ %36, %37 ], [ %30, %27 ]
  switch i64 %33, label %43 [
    i64 1, label %41
    i64 0, label %44
  ]

41:                                               ; preds = %39
  %42 = load i8, ptr %31, align 1, !tbaa !5
  store i8 %42, ptr %40, align 1, !tbaa !5
  br label %44

43:                                               ; preds = %39
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %40, ptr align 1 %31, i64 %33, i1 false)
  br label %44

44:                                               ; preds = %43, %41, %39
  %45 = load i64, ptr %4, align 8, !tbaa !50
  %46 = getelementptr inbounds i8, ptr %29, i64 8
  store i64 %45, ptr %46, align 8, !tbaa !48
  %47 = load ptr, ptr %29, align 8, !tbaa !42
  %48 = getelementptr inbounds i8, ptr %47, i64 %45
  store i8 0, ptr %48, align 1, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #17
  %49 = icmp eq ptr %7, %1
  br i1 %49, label %74, label %50

50:                                               ; preds = %44, %67
  %51 = phi ptr [ %72, %67 ], [ %28, %44 ]
  %52 = phi ptr [ %71, %67 ], [ %7, %44 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !64)
  call void @llvm.experimental.noalias.scope.decl(metadata !67)
  %53 = getelementptr inbounds i8, ptr %51, i64 16
  store ptr %53, ptr %51, align 8, !tbaa !47, !alias.scope !64, !noalias !67
  %54 = load ptr, ptr %52, align 8, !tbaa !42, !alias.scope !67, !noalias !64
  %55 = getelementptr inbounds i8, ptr %52, i64 16
  %56 = icmp eq ptr %54, %55
  br i1 %56, label %57, label %63

57:                                               ; preds = %50
  %58 = getelementptr inbounds i8, ptr %52, i64 8
  %59 = load i64, ptr %58, align 8, !tbaa !48, !alias.scope !67, !noalias !64
  %60 = add i64 %59, 1
  %61 = icmp eq i64 %60, 0
  br i1 %61, label %67, label %62

62:                                               ; preds = %57
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %53, ptr nonnull align 8 %55, i64 %60, i1 false), !alias.scope !69
  br label %67

63:                                               ; preds = %50
  store ptr %54, ptr %51, align 8, !tbaa !42, !alias.scope !64, !noalias !67
  %64 = load i64, ptr %55, align 8, !tbaa !5, !alias.scope !67, !noalias !64
  store i64 %64, ptr %53, align 8, !tbaa !5, !alias.scope !64, !noalias !67
  %65 = getelementptr inbounds i8, ptr %52, i64 8
  %66 = load i64, ptr %65, align 8, !tbaa !48, !alias.scope !67, !noalias !64
  br label %67

67:                                               ; preds = %63, %62, %57
  %68 = phi i64 [ %66, %63 ], [ %59, %62 ], [ -1, %57 ]
  %69 = getelementptr inbounds i8, ptr %52, i64 8
  %70 = getelementptr inbounds i8, ptr %51, i64 8
  store i64 %68, ptr %70, align 8, !tbaa !48, !alias.scope !64, !noalias !67
  store ptr %55, ptr %52, align 8, !tbaa !42, !alias.scope !67, !noalias !64
  store i64 0, ptr %69, align 8, !tbaa !48, !alias.scope !67, !noalias !64
  store i8 0, ptr %55, align 1, !tbaa !5, !alias.scope !67, !noalias !64
  %71 = getelementptr inbounds i8, ptr %52, i64 32
  %72 = getelementptr inbounds i8, ptr %51, i64 32
  %73 = icmp eq ptr %71, %1
  br i1 %73, label %74, label %50, !llvm.loop !70

74:                                               ; preds = %67, %44
  %75 = phi ptr [ %28, %44 ], [ %72, %67 ]
  %76 = getelementptr inbounds i8, ptr %75, i64 32
  %77 = icmp eq ptr %6, %1
  br i1 %77, label %102, label %78

78:                                               ; preds = %74, %95
  %79 = phi ptr [ %100, %95 ], [ %76, %74 ]
  %80 = phi ptr [ %99, %95 ], [ %1, %74 ]
  call void @llvm.experimental.noalias.scope.decl(metadata !71)
  call void @llvm.experimental.noalias.scope.decl(metadata !74)
  %81 = getelementptr inbounds i8, ptr %79, i64 16
  store ptr %81, ptr %79, align 8, !tbaa !47, !alias.scope !71, !noalias !74
  %82 = load ptr, ptr %80, align 8, !tbaa !42, !alias.scope !74, !noalias !71
  %83 = getelementptr inbounds i8, ptr %80, i64 16
  %84 = icmp eq ptr %82, %83
  br i1 %84, label %85, label %91

85:                                               ; preds = %78
  %86 = getelementptr inbounds i8, ptr %80, i64 8
  %87 = load i64, ptr %86, align 8, !tbaa !48, !alias.scope !74, !noalias !71
  %88 = add i64 %87, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %95, label %90

90:                                               ; preds = %85
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %81, ptr nonnull align 8 %83, i64 %88, i1 false), !alias.scope !76
  br label %95

91:                                               ; preds = %78
  store ptr %82, ptr %79, align 8, !tbaa !42, !alias.scope !71, !noalias !74
  %92 = load i64, ptr %83, align 8, !tbaa !5, !alias.scope !74, !noalias !71
  store i64 %92, ptr %81, align 8, !tbaa !5, !alias.scope !71, !noalias !74
  %93 = getelementptr inbounds i8, ptr %80, i64 8
  %94 = load i64, ptr %93, align 8, !tbaa !48, !alias.scope !74, !noalias !71
  br label %95

95:                                               ; preds = %91, %90, %85
  %96 = phi i64 [ %94, %91 ], [ %87, %90 ], [ -1, %85 ]
  %97 = getelementptr inbounds i8, ptr %80, i64 8
  %98 = getelementptr inbounds i8, ptr %79, i64 8
  store i64 %96, ptr %98, align 8, !tbaa !48, !alias.scope !71, !noalias !74
  store ptr %83, ptr %80, align 8, !tbaa !42, !alias.scope !74, !noalias !71
  store i64 0, ptr %97, align 8, !tbaa !48, !alias.scope !74, !noalias !71
  store i8 0, ptr %83, align 1, !tbaa !5, !alias.scope !74, !noalias !71
  %99 = getelementptr inbounds i8, ptr %80, i64 32
  %100 = getelementptr inbounds i8, ptr %79, i64 32
  %101 = icmp eq ptr %99, %6
  br i1 %101, label %102, label %78, !llvm.loop !70

102:                                              ; preds = %95, %74
  %103 = phi ptr [ %76, %74 ], [ %100, %95 ]
  %104 = getelementptr inbounds i8, ptr %0, i64 16
  %105 = icmp eq ptr %7, null
  br i1 %105, label %110, label %106

106:                                              ; preds = %102
  %107 = load ptr, ptr %104, align 8, !tbaa !62
  %108 = ptrtoint ptr %107 to i64
  %109 = sub i64 %108, %9
  call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef %109) #19
  br label %110

110:                                              ; preds = %102, %106
  store ptr %28, ptr %0, align 8, !tbaa !61
  store ptr %103, ptr %5, align 8, !tbaa !59
  %111 = getelementptr inbounds %"class.std::__cxx11::basic_string", ptr %28, i64 %19
  store ptr %111, ptr %104, align 8, !tbaa !62
  ret void

112:                                              ; preds = %114
  %113 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %119 unwind label %120

114:                                              ; preds = %35
  %115 = landingpad { ptr, i32 }
          catch ptr null
  %116 = extractvalue { ptr, i32 } %115, 0
  %117 = call ptr @__cxa_begin_catch(ptr %116) #17
  %118 = shl nuw nsw i64 %19, 5
  call void @_ZdlPvm(ptr noundef nonnull %28, i64 noundef %118) #19
  invoke void @__cxa_rethrow() #18
          to label %123 unwind label %112

119:                                              ; preds = %112
  resume { ptr, i32 } %113

120:                                              ; preds = %112
  %121 = landingpad { ptr, i32 }
          catch ptr null
  %122 = extractvalue { ptr, i32 } %121, 0
  call void @__clang_call_terminate(ptr %122) #20
  unreachable

123:                                              ; preds = %114
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #12

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #13

; Function Attrs: uwtable
define internal void @_GLOBAL__sub_I_iostreams.cpp() #14 section ".text.startup" {
  tail call void @_ZNSt8ios_base4InitC1Ev(ptr noundef nonnull align 1 dereferenceable(1) @_ZStL8__ioinit)
  %1 = tail call i32 @__cxa_atexit(ptr nonnull @_ZNSt8ios_base4InitD1Ev, ptr nonnull @_ZStL8__ioinit, ptr nonnull @__dso_handle) #17
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(ptr nocapture noundef readonly) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #15

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #16

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #15

attributes #0 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind }
attributes #3 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #10 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #16 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #17 = { nounwind }
attributes #18 = { noreturn }
attributes #19 = { builtin nounwind }
attributes #20 = { noreturn nounwind }
attributes #21 = { builtin allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C++ TBAA"}
!8 = !{!9, !9, i64 0}
!9 = !{!"vtable pointer", !7, i64 0}
!10 = !{!11, !12, i64 16}
!11 = !{!"_ZTSSt8ios_base", !12, i64 8, !12, i64 16, !13, i64 24, !14, i64 28, !14, i64 32, !15, i64 40, !16, i64 48, !6, i64 64, !17, i64 192, !15, i64 200, !18, i64 208}
!12 = !{!"long", !6, i64 0}
!13 = !{!"_ZTSSt13_Ios_Fmtflags", !6, i64 0}
!14 = !{!"_ZTSSt12_Ios_Iostate", !6, i64 0}
!15 = !{!"any pointer", !6, i64 0}
!16 = !{!"_ZTSNSt8ios_base6_WordsE", !15, i64 0, !12, i64 8}
!17 = !{!"int", !6, i64 0}
!18 = !{!"_ZTSSt6locale", !15, i64 0}
!19 = !{!20, !17, i64 0}
!20 = !{!"_ZTS5Point", !17, i64 0, !17, i64 4}
!21 = !{!20, !17, i64 4}
!22 = !{!23, !15, i64 240}
!23 = !{!"_ZTSSt9basic_iosIcSt11char_traitsIcEE", !11, i64 0, !15, i64 216, !6, i64 224, !24, i64 225, !15, i64 232, !15, i64 240, !15, i64 248, !15, i64 256}
!24 = !{!"bool", !6, i64 0}
!25 = !{!26, !6, i64 56}
!26 = !{!"_ZTSSt5ctypeIcE", !27, i64 0, !15, i64 16, !24, i64 24, !15, i64 32, !15, i64 40, !15, i64 48, !6, i64 56, !6, i64 57, !6, i64 313, !6, i64 569}
!27 = !{!"_ZTSNSt6locale5facetE", !17, i64 8}
!28 = !{!15, !15, i64 0}
!29 = !{!13, !13, i64 0}
!30 = !{!23, !24, i64 225}
!31 = !{i8 0, i8 2}
!32 = !{}
!33 = !{!23, !6, i64 224}
!34 = !{!11, !12, i64 8}
!35 = !{!36, !15, i64 32}
!36 = !{!"_ZTSSt15basic_streambufIcSt11char_traitsIcEE", !15, i64 8, !15, i64 16, !15, i64 24, !15, i64 32, !15, i64 40, !15, i64 48, !18, i64 56}
!37 = !{!38, !40}
!38 = distinct !{!38, !39, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!39 = distinct !{!39, !"_ZNKSt7__cxx1115basic_stringbufIcSt11char_traitsIcESaIcEE3strEv"}
!40 = distinct !{!40, !41, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv: argument 0"}
!41 = distinct !{!41, !"_ZNKSt7__cxx1119basic_ostringstreamIcSt11char_traitsIcESaIcEE3strEv"}
!42 = !{!43, !15, i64 0}
!43 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !44, i64 0, !12, i64 8, !6, i64 16}
!44 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !15, i64 0}
!45 = !{!40}
!46 = !{!38}
!47 = !{!44, !15, i64 0}
!48 = !{!43, !12, i64 8}
!49 = !{!36, !15, i64 40}
!50 = !{!12, !12, i64 0}
!51 = !{!11, !14, i64 32}
!52 = !{!17, !17, i64 0}
!53 = !{!54, !54, i64 0}
!54 = !{!"double", !6, i64 0}
!55 = !{!56, !12, i64 8}
!56 = !{!"_ZTSSi", !12, i64 8}
!57 = distinct !{!57, !58}
!58 = !{!"llvm.loop.mustprogress"}
!59 = !{!60, !15, i64 8}
!60 = !{!"_ZTSNSt12_Vector_baseINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESaIS5_EE17_Vector_impl_dataE", !15, i64 0, !15, i64 8, !15, i64 16}
!61 = !{!60, !15, i64 0}
!62 = !{!60, !15, i64 16}
!63 = distinct !{!63, !58}
!64 = !{!65}
!65 = distinct !{!65, !66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!66 = distinct !{!66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!69 = !{!65, !68}
!70 = distinct !{!70, !58}
!71 = !{!72}
!72 = distinct !{!72, !73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 0"}
!73 = distinct !{!73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_"}
!74 = !{!75}
!75 = distinct !{!75, !73, !"_ZSt19__relocate_object_aINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_EEvPT_PT0_RT1_: argument 1"}
!76 = !{!72, !75}
