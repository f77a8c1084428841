; ModuleID = 'stl_containers.cpp'
source_filename = "stl_containers.cpp"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"struct.std::piecewise_construct_t" = type { i8 }
%"class.std::__cxx11::list" = type { %"class.std::__cxx11::_List_base" }
%"class.std::__cxx11::_List_base" = type { %"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" }
%"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" = type { %"struct.std::__detail::_List_node_header" }
%"struct.std::__detail::_List_node_header" = type { %"struct.std::__detail::_List_node_base", i64 }
%"struct.std::__detail::_List_node_base" = type { ptr, ptr }
%"struct.std::__detail::_AllocNode" = type { ptr }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::set" = type { %"class.std::_Rb_tree.9" }
%"class.std::_Rb_tree.9" = type { %"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"class.std::unordered_map" = type { %"class.std::_Hashtable" }
%"class.std::_Hashtable" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"struct.std::__detail::_Hash_node_base" = type { ptr }
%"struct.std::__detail::_Prime_rehash_policy" = type { float, i64 }
%"class.std::unordered_set" = type { %"class.std::_Hashtable.29" }
%"class.std::_Hashtable.29" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"class.std::deque" = type { %"class.std::_Deque_base" }
%"class.std::_Deque_base" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" = type { ptr, i64, %"struct.std::_Deque_iterator", %"struct.std::_Deque_iterator" }
%"struct.std::_Deque_iterator" = type { ptr, ptr, ptr, ptr }
%"struct.std::pair.27" = type { i32, i32 }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base" }
%"struct.std::_Head_base" = type { ptr }
%"class.std::tuple.76" = type { i8 }
%"struct.std::__detail::_Scratch_list" = type { %"struct.std::__detail::_List_node_base" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node" = type { ptr, ptr }
%"struct.std::_Hashtable<std::__cxx11::basic_string<char>, std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>, std::__detail::_Identity, std::equal_to<std::__cxx11::basic_string<char>>, std::hash<string>, std::__detail::_Mod_range_hashing, std::__detail::_Default_ranged_hash, std::__detail::_Prime_rehash_policy, std::__detail::_Hashtable_traits<true, true, true>>::_Scoped_node" = type { ptr, ptr }

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_ = comdat any

$_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_ = comdat any

$_ZNSt7__cxx114listIiSaIiEE4sortEv = comdat any

$_ZNSt5dequeIiSaIiEED2Ev = comdat any

$_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev = comdat any

$_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev = comdat any

$_ZNSt3setIiSt4lessIiESaIiEED2Ev = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm = comdat any

$_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_ = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

$_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_ = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_ = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_ = comdat any

$_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb = comdat any

$_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_ = comdat any

$_ZSt19piecewise_construct = comdat any

@.str = private unnamed_addr constant [55 x i8] c"vector: size %zu, min %d, max %d, first >= 250 at %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"distinct values: %zu, sum %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@__const.main.text = private unnamed_addr constant [11 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.4, ptr @.str.10, ptr @.str.11, ptr @.str.4, ptr @.str.12], align 16
@.str.13 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1
@.str.14 = private unnamed_addr constant [45 x i8] c"map size %zu, quick %s, upper_bound(l) = %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"found\00", align 1
@.str.16 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"set: %zu elements, count(42) %zu, lowest %d, highest %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [58 x i8] c"unordered_map: %zu buckets used by %zu keys; top residues\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c" %d(%d)\00", align 1
@.str.21 = private unnamed_addr constant [42 x i8] c"unordered_set: %zu unique, %d duplicates\0A\00", align 1
@.str.22 = private unnamed_addr constant [20 x i8] c"| front %d back %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [12 x i8] c"list (%zu):\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@_ZL4seed = internal unnamed_addr global i32 2024, align 4
@.str.25 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.26 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1
@.str.27 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@_ZSt19piecewise_construct = linkonce_odr dso_local constant %"struct.std::piecewise_construct_t" zeroinitializer, comdat, align 1
@.str.28 = private unnamed_addr constant [48 x i8] c"cannot create std::deque larger than max_size()\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::__cxx11::list", align 8
  %2 = alloca %"class.std::__cxx11::list", align 8
  %3 = alloca %"struct.std::__detail::_AllocNode", align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %"class.std::map", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::__cxx11::basic_string", align 8
  %10 = alloca %"class.std::__cxx11::basic_string", align 8
  %11 = alloca %"class.std::set", align 8
  %12 = alloca %"class.std::unordered_map", align 8
  %13 = alloca %"class.std::unordered_set", align 8
  %14 = alloca %"class.std::__cxx11::basic_string", align 8
  %15 = alloca %"class.std::deque", align 8
  %16 = alloca i32, align 4
  %17 = alloca %"class.std::__cxx11::list", align 8
  %18 = load i32, ptr @_ZL4seed, align 4, !tbaa !5
  br label %34

19:                                               ; preds = %77
  %20 = ptrtoint ptr %80 to i64
  %21 = ptrtoint ptr %82 to i64
  %22 = ptrtoint ptr %81 to i64
  %23 = sub i64 %21, %22
  %24 = ashr exact i64 %23, 2
  %25 = icmp eq ptr %82, %81
  br i1 %25, label %26, label %28

26:                                               ; preds = %19
  %27 = getelementptr inbounds i8, ptr null, i64 %23
  br label %95

28:                                               ; preds = %19
  %29 = icmp ugt i64 %24, 2305843009213693951
  br i1 %29, label %30, label %32, !prof !9

30:                                               ; preds = %28
  invoke void @_ZSt28__throw_bad_array_new_lengthv() #21
          to label %31 unwind label %300

31:                                               ; preds = %30
  unreachable

32:                                               ; preds = %28
  %33 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %23) #22
          to label %89 unwind label %300

34:                                               ; preds = %0, %77
  %35 = phi i32 [ %18, %0 ], [ %78, %77 ]
  %36 = phi i32 [ 0, %0 ], [ %83, %77 ]
  %37 = phi ptr [ null, %0 ], [ %81, %77 ]
  %38 = phi ptr [ null, %0 ], [ %82, %77 ]
  %39 = phi ptr [ null, %0 ], [ %79, %77 ]
  %40 = mul i32 %35, 1664525
  %41 = add i32 %40, 1013904223
  store i32 %41, ptr @_ZL4seed, align 4, !tbaa !5
  %42 = lshr i32 %41, 8
  %43 = urem i32 %42, 500
  %44 = icmp eq ptr %38, %39
  br i1 %44, label %46, label %45

45:                                               ; preds = %34
  store i32 %43, ptr %38, align 4, !tbaa !5
  br label %77

46:                                               ; preds = %34
  %47 = ptrtoint ptr %38 to i64
  %48 = ptrtoint ptr %37 to i64
  %49 = sub i64 %47, %48
  %50 = icmp eq i64 %49, 9223372036854775804
  br i1 %50, label %51, label %53

51:                                               ; preds = %46
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.25) #21
          to label %52 unwind label %87

52:                                               ; preds = %51
  unreachable

53:                                               ; preds = %46
  %54 = ashr exact i64 %49, 2
  %55 = tail call i64 @llvm.umax.i64(i64 %54, i64 1)
  %56 = add nsw i64 %55, %54
  %57 = icmp ult i64 %56, %54
  %58 = tail call i64 @llvm.umin.i64(i64 %56, i64 2305843009213693951)
  %59 = select i1 %57, i64 2305843009213693951, i64 %58
  %60 = icmp eq i64 %59, 0
  br i1 %60, label %64, label %61

61:                                               ; preds = %53
  %62 = shl nuw nsw i64 %59, 2
  %63 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %62) #22
          to label %64 unwind label %85

64:                                               ; preds = %61, %53
  %65 = phi ptr [ null, %53 ], [ %63, %61 ]
  %66 = getelementptr inbounds i32, ptr %65, i64 %54
  store i32 %43, ptr %66, align 4, !tbaa !5
  %67 = icmp sgt i64 %49, 0
  br i1 %67, label %68, label %69

68:                                               ; preds = %64
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %65, ptr align 4 %37, i64 %49, i1 false)
  br label %69

69:                                               ; preds = %64, %68
  %70 = getelementptr inbounds i8, ptr %65, i64 %49
  %71 = icmp eq ptr %37, null
  br i1 %71, label %74, label %72

72:                                               ; preds = %69
  tail call void @_ZdlPvm(ptr noundef nonnull %37, i64 noundef %49) #23
  %73 = load i32, ptr @_ZL4seed, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %72, %69
  %75 = phi i32 [ %73, %72 ], [ %41, %69 ]
  %76 = getelementptr inbounds i32, ptr %65, i64 %59
  br label %77

77:                                               ; preds = %74, %45
  %78 = phi i32 [ %75, %74 ], [ %41, %45 ]
  %79 = phi ptr [ %76, %74 ], [ %39, %45 ]
  %80 = phi ptr [ %70, %74 ], [ %38, %45 ]
  %81 = phi ptr [ %65, %74 ], [ %37, %45 ]
  %82 = getelementptr inbounds i8, ptr %80, i64 4
  %83 = add nuw nsw i32 %36, 1
  %84 = icmp eq i32 %83, 1000
  br i1 %84, label %19, label %34, !llvm.loop !10

85:                                               ; preds = %61
  %86 = landingpad { ptr, i32 }
          cleanup
  br label %1239

87:                                               ; preds = %51
  %88 = landingpad { ptr, i32 }
          cleanup
  br label %1239

89:                                               ; preds = %32
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %33, ptr align 4 %81, i64 %23, i1 false)
  %90 = getelementptr inbounds i8, ptr %33, i64 %23
  %91 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %24, i1 true)
  %92 = shl nuw nsw i64 %91, 1
  %93 = xor i64 %92, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %33, ptr nonnull %90, i64 noundef %93)
          to label %94 unwind label %302

94:                                               ; preds = %89
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %33, ptr nonnull %90)
          to label %95 unwind label %302

95:                                               ; preds = %26, %94
  %96 = phi ptr [ %27, %26 ], [ %90, %94 ]
  %97 = phi ptr [ null, %26 ], [ %33, %94 ]
  %98 = ptrtoint ptr %97 to i64
  %99 = icmp sgt i64 %24, 0
  br i1 %99, label %100, label %115

100:                                              ; preds = %95, %100
  %101 = phi i64 [ %111, %100 ], [ %24, %95 ]
  %102 = phi ptr [ %110, %100 ], [ %97, %95 ]
  %103 = lshr i64 %101, 1
  %104 = getelementptr inbounds i32, ptr %102, i64 %103
  %105 = load i32, ptr %104, align 4, !tbaa !5
  %106 = icmp slt i32 %105, 250
  %107 = getelementptr inbounds i8, ptr %104, i64 4
  %108 = xor i64 %103, -1
  %109 = add nsw i64 %101, %108
  %110 = select i1 %106, ptr %107, ptr %102
  %111 = select i1 %106, i64 %109, i64 %103
  %112 = icmp sgt i64 %111, 0
  br i1 %112, label %100, label %113, !llvm.loop !12

113:                                              ; preds = %100
  %114 = ptrtoint ptr %110 to i64
  br label %115

115:                                              ; preds = %113, %95
  %116 = phi i64 [ %114, %113 ], [ %98, %95 ]
  %117 = load i32, ptr %97, align 4, !tbaa !5
  %118 = getelementptr inbounds i8, ptr %96, i64 -4
  %119 = load i32, ptr %118, align 4, !tbaa !5
  %120 = sub i64 %116, %98
  %121 = ashr exact i64 %120, 2
  %122 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %24, i32 noundef %117, i32 noundef %119, i64 noundef %121)
  br i1 %25, label %197, label %123

123:                                              ; preds = %115, %127
  %124 = phi ptr [ %125, %127 ], [ %97, %115 ]
  %125 = getelementptr inbounds i8, ptr %124, i64 4
  %126 = icmp eq ptr %125, %96
  br i1 %126, label %156, label %127

127:                                              ; preds = %123
  %128 = load i32, ptr %124, align 4, !tbaa !5
  %129 = load i32, ptr %125, align 4, !tbaa !5
  %130 = icmp eq i32 %128, %129
  br i1 %130, label %131, label %123, !llvm.loop !13

131:                                              ; preds = %127
  %132 = getelementptr inbounds i8, ptr %124, i64 8
  %133 = icmp eq ptr %132, %96
  br i1 %133, label %146, label %134

134:                                              ; preds = %131, %142
  %135 = phi i32 [ %138, %142 ], [ %128, %131 ]
  %136 = phi ptr [ %144, %142 ], [ %132, %131 ]
  %137 = phi ptr [ %143, %142 ], [ %124, %131 ]
  %138 = load i32, ptr %136, align 4, !tbaa !5
  %139 = icmp eq i32 %135, %138
  br i1 %139, label %142, label %140

140:                                              ; preds = %134
  %141 = getelementptr inbounds i8, ptr %137, i64 4
  store i32 %138, ptr %141, align 4, !tbaa !5
  br label %142

142:                                              ; preds = %140, %134
  %143 = phi ptr [ %137, %134 ], [ %141, %140 ]
  %144 = getelementptr inbounds i8, ptr %136, i64 4
  %145 = icmp eq ptr %144, %96
  br i1 %145, label %146, label %134, !llvm.loop !14

146:                                              ; preds = %142, %131
  %147 = phi ptr [ %124, %131 ], [ %143, %142 ]
  %148 = getelementptr inbounds i8, ptr %147, i64 4
  %149 = icmp eq ptr %148, %96
  br i1 %149, label %156, label %150

150:                                              ; preds = %146
  %151 = ptrtoint ptr %148 to i64
  %152 = sub i64 %151, %98
  %153 = getelementptr inbounds i8, ptr %97, i64 %152
  %154 = icmp eq i64 %23, %152
  %155 = select i1 %154, ptr %96, ptr %153
  br label %156

156:                                              ; preds = %123, %150, %146
  %157 = phi ptr [ %96, %146 ], [ %155, %150 ], [ %96, %123 ]
  br i1 %25, label %197, label %158

158:                                              ; preds = %156
  %159 = sub i64 %20, %22
  %160 = lshr i64 %159, 2
  %161 = add nuw nsw i64 %160, 1
  %162 = icmp ult i64 %159, 12
  br i1 %162, label %186, label %163

163:                                              ; preds = %158
  %164 = and i64 %161, 9223372036854775804
  %165 = shl i64 %164, 2
  %166 = getelementptr i8, ptr %81, i64 %165
  br label %167

167:                                              ; preds = %167, %163
  %168 = phi i64 [ 0, %163 ], [ %180, %167 ]
  %169 = phi <2 x i64> [ zeroinitializer, %163 ], [ %178, %167 ]
  %170 = phi <2 x i64> [ zeroinitializer, %163 ], [ %179, %167 ]
  %171 = shl i64 %168, 2
  %172 = getelementptr i8, ptr %81, i64 %171
  %173 = getelementptr i8, ptr %172, i64 8
  %174 = load <2 x i32>, ptr %172, align 4, !tbaa !5
  %175 = load <2 x i32>, ptr %173, align 4, !tbaa !5
  %176 = sext <2 x i32> %174 to <2 x i64>
  %177 = sext <2 x i32> %175 to <2 x i64>
  %178 = add <2 x i64> %169, %176
  %179 = add <2 x i64> %170, %177
  %180 = add nuw i64 %168, 4
  %181 = icmp eq i64 %180, %164
  br i1 %181, label %182, label %167, !llvm.loop !15

182:                                              ; preds = %167
  %183 = add <2 x i64> %179, %178
  %184 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %183)
  %185 = icmp eq i64 %161, %164
  br i1 %185, label %197, label %186

186:                                              ; preds = %182, %158
  %187 = phi i64 [ 0, %158 ], [ %184, %182 ]
  %188 = phi ptr [ %81, %158 ], [ %166, %182 ]
  br label %189

189:                                              ; preds = %186, %189
  %190 = phi i64 [ %194, %189 ], [ %187, %186 ]
  %191 = phi ptr [ %195, %189 ], [ %188, %186 ]
  %192 = load i32, ptr %191, align 4, !tbaa !5
  %193 = sext i32 %192 to i64
  %194 = add nsw i64 %190, %193
  %195 = getelementptr inbounds i8, ptr %191, i64 4
  %196 = icmp eq ptr %191, %80
  br i1 %196, label %197, label %189, !llvm.loop !18

197:                                              ; preds = %189, %182, %115, %156
  %198 = phi ptr [ %157, %156 ], [ %96, %115 ], [ %157, %182 ], [ %157, %189 ]
  %199 = phi i64 [ 0, %156 ], [ 0, %115 ], [ %184, %182 ], [ %194, %189 ]
  %200 = ptrtoint ptr %198 to i64
  %201 = sub i64 %200, %98
  %202 = ashr exact i64 %201, 2
  %203 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %202, i64 noundef %199)
  %204 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #22
          to label %205 unwind label %304

205:                                              ; preds = %197
  %206 = getelementptr inbounds i8, ptr %204, i64 4
  %207 = getelementptr inbounds i8, ptr %204, i64 8
  %208 = getelementptr inbounds i8, ptr %204, i64 12
  %209 = getelementptr inbounds i8, ptr %204, i64 16
  %210 = getelementptr inbounds i8, ptr %204, i64 20
  %211 = getelementptr inbounds i8, ptr %204, i64 24
  %212 = getelementptr inbounds i8, ptr %204, i64 28
  %213 = getelementptr inbounds i8, ptr %204, i64 32
  store i32 9, ptr %213, align 4, !tbaa !5
  %214 = getelementptr inbounds i8, ptr %204, i64 36
  store i32 10, ptr %214, align 4, !tbaa !5
  store <4 x i32> <i32 1, i32 4, i32 9, i32 16>, ptr %204, align 4, !tbaa !5
  %215 = getelementptr inbounds i8, ptr %204, i64 16
  store <4 x i32> <i32 25, i32 36, i32 49, i32 64>, ptr %215, align 4, !tbaa !5
  %216 = getelementptr inbounds i8, ptr %204, i64 32
  %217 = load i32, ptr %213, align 4, !tbaa !5
  %218 = mul nsw i32 %217, %217
  store i32 %218, ptr %216, align 4, !tbaa !5
  %219 = getelementptr inbounds i8, ptr %204, i64 36
  %220 = load i32, ptr %214, align 4, !tbaa !5
  %221 = mul nsw i32 %220, %220
  store i32 %221, ptr %219, align 4, !tbaa !5
  %222 = getelementptr inbounds i8, ptr %204, i64 40
  br label %223

223:                                              ; preds = %205, %246
  %224 = phi ptr [ %240, %246 ], [ %222, %205 ]
  %225 = phi i64 [ %247, %246 ], [ 0, %205 ]
  br label %226

226:                                              ; preds = %234, %223
  %227 = phi i64 [ %225, %223 ], [ %235, %234 ]
  %228 = getelementptr inbounds i8, ptr %204, i64 %227
  %229 = load i32, ptr %228, align 4, !tbaa !5
  %230 = and i32 %229, 1
  %231 = icmp eq i32 %230, 0
  br i1 %231, label %234, label %232

232:                                              ; preds = %226
  %233 = getelementptr inbounds i8, ptr %204, i64 %227
  br label %238

234:                                              ; preds = %226
  %235 = add nsw i64 %227, 4
  %236 = getelementptr inbounds i8, ptr %204, i64 %235
  %237 = icmp eq ptr %236, %224
  br i1 %237, label %250, label %226, !llvm.loop !19

238:                                              ; preds = %232, %242
  %239 = phi ptr [ %240, %242 ], [ %224, %232 ]
  %240 = getelementptr inbounds i8, ptr %239, i64 -4
  %241 = icmp eq ptr %233, %240
  br i1 %241, label %250, label %242

242:                                              ; preds = %238
  %243 = load i32, ptr %240, align 4, !tbaa !5
  %244 = and i32 %243, 1
  %245 = icmp eq i32 %244, 0
  br i1 %245, label %246, label %238, !llvm.loop !20

246:                                              ; preds = %242
  store i32 %243, ptr %233, align 4, !tbaa !5
  store i32 %229, ptr %240, align 4, !tbaa !5
  %247 = add nsw i64 %227, 4
  %248 = getelementptr inbounds i8, ptr %204, i64 %247
  %249 = icmp eq ptr %248, %240
  br i1 %249, label %250, label %223, !llvm.loop !21

250:                                              ; preds = %246, %234, %238
  %251 = phi i64 [ %227, %238 ], [ %235, %234 ], [ %247, %246 ]
  %252 = getelementptr inbounds i8, ptr %204, i64 %251
  %253 = icmp eq i64 %251, 0
  br i1 %253, label %262, label %254

254:                                              ; preds = %250
  %255 = ashr exact i64 %251, 2
  %256 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %255, i1 true)
  %257 = shl nuw nsw i64 %256, 1
  %258 = xor i64 %257, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %204, ptr nonnull %252, i64 noundef %258)
          to label %259 unwind label %306

259:                                              ; preds = %254
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %204, ptr nonnull %252)
          to label %260 unwind label %306

260:                                              ; preds = %259
  %261 = icmp eq i64 %251, 40
  br i1 %261, label %269, label %262

262:                                              ; preds = %250, %260
  %263 = sub nsw i64 40, %251
  %264 = ashr exact i64 %263, 2
  %265 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %264, i1 true)
  %266 = shl nuw nsw i64 %265, 1
  %267 = xor i64 %266, 126
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %252, ptr nonnull %222, i64 noundef %267)
          to label %268 unwind label %306

268:                                              ; preds = %262
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr nonnull %252, ptr nonnull %222)
          to label %269 unwind label %306

269:                                              ; preds = %260, %268
  %270 = invoke ptr @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(ptr nonnull %204, ptr nonnull %208, ptr nonnull %222)
          to label %271 unwind label %308

271:                                              ; preds = %269
  %272 = load i32, ptr %204, align 4, !tbaa !5
  %273 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %272)
  %274 = load i32, ptr %206, align 4, !tbaa !5
  %275 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %274)
  %276 = load i32, ptr %207, align 4, !tbaa !5
  %277 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %276)
  %278 = load i32, ptr %208, align 4, !tbaa !5
  %279 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %278)
  %280 = load i32, ptr %209, align 4, !tbaa !5
  %281 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %280)
  %282 = load i32, ptr %210, align 4, !tbaa !5
  %283 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %282)
  %284 = load i32, ptr %211, align 4, !tbaa !5
  %285 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %284)
  %286 = load i32, ptr %212, align 4, !tbaa !5
  %287 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %286)
  %288 = load i32, ptr %213, align 4, !tbaa !5
  %289 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %288)
  %290 = load i32, ptr %214, align 4, !tbaa !5
  %291 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %290)
  %292 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %6) #24
  %293 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 0, ptr %293, align 8, !tbaa !22
  %294 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr null, ptr %294, align 8, !tbaa !28
  %295 = getelementptr inbounds i8, ptr %6, i64 24
  store ptr %293, ptr %295, align 8, !tbaa !29
  %296 = getelementptr inbounds i8, ptr %6, i64 32
  store ptr %293, ptr %296, align 8, !tbaa !30
  %297 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 0, ptr %297, align 8, !tbaa !31
  %298 = getelementptr inbounds i8, ptr %7, i64 16
  %299 = getelementptr inbounds i8, ptr %7, i64 8
  br label %313

300:                                              ; preds = %32, %30
  %301 = landingpad { ptr, i32 }
          cleanup
  br label %1239

302:                                              ; preds = %89, %94
  %303 = landingpad { ptr, i32 }
          cleanup
  br label %1236

304:                                              ; preds = %197
  %305 = landingpad { ptr, i32 }
          cleanup
  br label %1236

306:                                              ; preds = %268, %262, %259, %254
  %307 = landingpad { ptr, i32 }
          cleanup
  br label %1234

308:                                              ; preds = %269
  %309 = landingpad { ptr, i32 }
          cleanup
  br label %1234

310:                                              ; preds = %345
  %311 = load ptr, ptr %295, align 8, !tbaa !29
  %312 = icmp eq ptr %311, %293
  br i1 %312, label %361, label %367

313:                                              ; preds = %271, %345
  %314 = phi i64 [ 0, %271 ], [ %346, %345 ]
  %315 = getelementptr inbounds i8, ptr @__const.main.text, i64 %314
  %316 = load ptr, ptr %315, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #24
  store ptr %298, ptr %7, align 8, !tbaa !33
  %317 = icmp eq ptr %316, null
  br i1 %317, label %318, label %320

318:                                              ; preds = %313
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #21
          to label %319 unwind label %350

319:                                              ; preds = %318
  unreachable

320:                                              ; preds = %313
  %321 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %316) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 %321, ptr %5, align 8, !tbaa !35
  %322 = icmp ugt i64 %321, 15
  br i1 %322, label %323, label %327

323:                                              ; preds = %320
  %324 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
          to label %325 unwind label %348

325:                                              ; preds = %323
  store ptr %324, ptr %7, align 8, !tbaa !36
  %326 = load i64, ptr %5, align 8, !tbaa !35
  store i64 %326, ptr %298, align 8, !tbaa !38
  br label %327

327:                                              ; preds = %325, %320
  %328 = phi ptr [ %324, %325 ], [ %298, %320 ]
  switch i64 %321, label %331 [
    i64 1, label %329
    i64 0, label %332
  ]

329:                                              ; preds = %327
  %330 = load i8, ptr %316, align 1, !tbaa !38
  store i8 %330, ptr %328, align 1, !tbaa !38
  br label %332

331:                                              ; preds = %327
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %328, ptr nonnull align 1 %316, i64 %321, i1 false)
  br label %332

332:                                              ; preds = %331, %329, %327
  %333 = load i64, ptr %5, align 8, !tbaa !35
  store i64 %333, ptr %299, align 8, !tbaa !39
  %334 = load ptr, ptr %7, align 8, !tbaa !36
  %335 = getelementptr inbounds i8, ptr %334, i64 %333
  store i8 0, ptr %335, align 1, !tbaa !38
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  %336 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %7)
          to label %337 unwind label %352

337:                                              ; preds = %332
  %338 = load i32, ptr %336, align 4, !tbaa !5
  %339 = add nsw i32 %338, 1
  store i32 %339, ptr %336, align 4, !tbaa !5
  %340 = load ptr, ptr %7, align 8, !tbaa !36
  %341 = icmp eq ptr %340, %298
  br i1 %341, label %345, label %342

342:                                              ; preds = %337
  %343 = load i64, ptr %298, align 8, !tbaa !38
  %344 = add i64 %343, 1
  call void @_ZdlPvm(ptr noundef %340, i64 noundef %344) #23
  br label %345

345:                                              ; preds = %337, %342
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  %346 = add nuw nsw i64 %314, 8
  %347 = icmp eq i64 %346, 88
  br i1 %347, label %310, label %313

348:                                              ; preds = %323
  %349 = landingpad { ptr, i32 }
          cleanup
  br label %359

350:                                              ; preds = %318
  %351 = landingpad { ptr, i32 }
          cleanup
  br label %359

352:                                              ; preds = %332
  %353 = landingpad { ptr, i32 }
          cleanup
  %354 = load ptr, ptr %7, align 8, !tbaa !36
  %355 = icmp eq ptr %354, %298
  br i1 %355, label %359, label %356

356:                                              ; preds = %352
  %357 = load i64, ptr %298, align 8, !tbaa !38
  %358 = add i64 %357, 1
  call void @_ZdlPvm(ptr noundef %354, i64 noundef %358) #23
  br label %359

359:                                              ; preds = %348, %350, %356, %352
  %360 = phi { ptr, i32 } [ %353, %352 ], [ %353, %356 ], [ %349, %348 ], [ %351, %350 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  br label %1232

361:                                              ; preds = %367, %310
  %362 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #24
  %363 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %363, ptr %8, align 8, !tbaa !33
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %363, ptr noundef nonnull align 1 dereferenceable(3) @.str.7, i64 3, i1 false)
  %364 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 3, ptr %364, align 8, !tbaa !39
  %365 = getelementptr inbounds i8, ptr %8, i64 19
  store i8 0, ptr %365, align 1, !tbaa !38
  %366 = invoke { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %8)
          to label %376 unwind label %553

367:                                              ; preds = %310, %367
  %368 = phi ptr [ %374, %367 ], [ %311, %310 ]
  %369 = getelementptr inbounds i8, ptr %368, i64 32
  %370 = getelementptr inbounds i8, ptr %368, i64 64
  %371 = load ptr, ptr %369, align 8, !tbaa !36
  %372 = load i32, ptr %370, align 4, !tbaa !5
  %373 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %371, i32 noundef %372)
  %374 = call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef %368) #25
  %375 = icmp eq ptr %374, %293
  br i1 %375, label %361, label %367

376:                                              ; preds = %361
  %377 = extractvalue { ptr, ptr } %366, 0
  %378 = extractvalue { ptr, ptr } %366, 1
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr %377, ptr %378)
          to label %379 unwind label %553

379:                                              ; preds = %376
  %380 = load ptr, ptr %8, align 8, !tbaa !36
  %381 = icmp eq ptr %380, %363
  br i1 %381, label %385, label %382

382:                                              ; preds = %379
  %383 = load i64, ptr %363, align 8, !tbaa !38
  %384 = add i64 %383, 1
  call void @_ZdlPvm(ptr noundef %380, i64 noundef %384) #23
  br label %385

385:                                              ; preds = %379, %382
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #24
  %386 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %386, ptr %9, align 8, !tbaa !33
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %386, ptr noundef nonnull align 1 dereferenceable(5) @.str.5, i64 5, i1 false)
  %387 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 5, ptr %387, align 8, !tbaa !39
  %388 = getelementptr inbounds i8, ptr %9, i64 21
  store i8 0, ptr %388, align 1, !tbaa !38
  %389 = load ptr, ptr %294, align 8, !tbaa !28
  %390 = icmp eq ptr %389, null
  br i1 %390, label %439, label %391

391:                                              ; preds = %385, %408
  %392 = phi ptr [ %414, %408 ], [ %389, %385 ]
  %393 = phi ptr [ %411, %408 ], [ %293, %385 ]
  %394 = getelementptr inbounds i8, ptr %392, i64 40
  %395 = load i64, ptr %394, align 8, !tbaa !39
  %396 = icmp eq i64 %395, 0
  br i1 %396, label %403, label %397

397:                                              ; preds = %391
  %398 = call i64 @llvm.umin.i64(i64 %395, i64 5)
  %399 = getelementptr inbounds i8, ptr %392, i64 32
  %400 = load ptr, ptr %399, align 8, !tbaa !36
  %401 = call i32 @memcmp(ptr noundef %400, ptr noundef nonnull %386, i64 noundef %398) #24
  %402 = icmp eq i32 %401, 0
  br i1 %402, label %403, label %408

403:                                              ; preds = %397, %391
  %404 = add i64 %395, -5
  %405 = call i64 @llvm.smax.i64(i64 %404, i64 -2147483648)
  %406 = call i64 @llvm.smin.i64(i64 %405, i64 2147483647)
  %407 = trunc nsw i64 %406 to i32
  br label %408

408:                                              ; preds = %403, %397
  %409 = phi i32 [ %401, %397 ], [ %407, %403 ]
  %410 = icmp slt i32 %409, 0
  %411 = select i1 %410, ptr %393, ptr %392
  %412 = select i1 %410, i64 24, i64 16
  %413 = getelementptr inbounds i8, ptr %392, i64 %412
  %414 = load ptr, ptr %413, align 8, !tbaa !32
  %415 = icmp eq ptr %414, null
  br i1 %415, label %416, label %391, !llvm.loop !40

416:                                              ; preds = %408
  %417 = icmp eq ptr %411, %293
  br i1 %417, label %439, label %418

418:                                              ; preds = %416
  %419 = select i1 %410, ptr %393, ptr %392
  %420 = getelementptr inbounds i8, ptr %419, i64 40
  %421 = load i64, ptr %420, align 8, !tbaa !39
  %422 = icmp eq i64 %421, 0
  br i1 %422, label %430, label %423

423:                                              ; preds = %418
  %424 = call i64 @llvm.umin.i64(i64 %421, i64 5)
  %425 = select i1 %410, ptr %393, ptr %392
  %426 = getelementptr inbounds i8, ptr %425, i64 32
  %427 = load ptr, ptr %426, align 8, !tbaa !36
  %428 = call i32 @memcmp(ptr noundef nonnull %386, ptr noundef %427, i64 noundef %424) #24
  %429 = icmp eq i32 %428, 0
  br i1 %429, label %430, label %435

430:                                              ; preds = %423, %418
  %431 = sub i64 5, %421
  %432 = call i64 @llvm.smax.i64(i64 %431, i64 -2147483648)
  %433 = call i64 @llvm.smin.i64(i64 %432, i64 2147483647)
  %434 = trunc nsw i64 %433 to i32
  br label %435

435:                                              ; preds = %430, %423
  %436 = phi i32 [ %428, %423 ], [ %434, %430 ]
  %437 = icmp slt i32 %436, 0
  %438 = select i1 %437, ptr %293, ptr %411
  br label %439

439:                                              ; preds = %385, %416, %435
  %440 = phi ptr [ %293, %416 ], [ %293, %385 ], [ %438, %435 ]
  %441 = load i64, ptr %297, align 8, !tbaa !31
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #24
  %442 = icmp eq ptr %440, %293
  %443 = select i1 %442, ptr @.str.16, ptr @.str.15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %10) #24
  %444 = getelementptr inbounds i8, ptr %10, i64 16
  store ptr %444, ptr %10, align 8, !tbaa !33
  store i8 108, ptr %444, align 8, !tbaa !38
  %445 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 1, ptr %445, align 8, !tbaa !39
  %446 = getelementptr inbounds i8, ptr %10, i64 17
  store i8 0, ptr %446, align 1, !tbaa !38
  br i1 %390, label %472, label %447

447:                                              ; preds = %439, %464
  %448 = phi ptr [ %470, %464 ], [ %389, %439 ]
  %449 = phi ptr [ %467, %464 ], [ %293, %439 ]
  %450 = getelementptr inbounds i8, ptr %448, i64 40
  %451 = load i64, ptr %450, align 8, !tbaa !39
  %452 = icmp ne i64 %451, 0
  br i1 %452, label %453, label %459

453:                                              ; preds = %447
  %454 = zext i1 %452 to i64
  %455 = getelementptr inbounds i8, ptr %448, i64 32
  %456 = load ptr, ptr %455, align 8, !tbaa !36
  %457 = call i32 @memcmp(ptr noundef nonnull %444, ptr noundef %456, i64 noundef %454) #24
  %458 = icmp eq i32 %457, 0
  br i1 %458, label %459, label %464

459:                                              ; preds = %453, %447
  %460 = sub i64 1, %451
  %461 = call i64 @llvm.smax.i64(i64 %460, i64 -2147483648)
  %462 = call i64 @llvm.smin.i64(i64 %461, i64 2147483647)
  %463 = trunc nsw i64 %462 to i32
  br label %464

464:                                              ; preds = %459, %453
  %465 = phi i32 [ %457, %453 ], [ %463, %459 ]
  %466 = icmp slt i32 %465, 0
  %467 = select i1 %466, ptr %448, ptr %449
  %468 = select i1 %466, i64 16, i64 24
  %469 = getelementptr inbounds i8, ptr %448, i64 %468
  %470 = load ptr, ptr %469, align 8, !tbaa !32
  %471 = icmp eq ptr %470, null
  br i1 %471, label %472, label %447, !llvm.loop !41

472:                                              ; preds = %464, %439
  %473 = phi ptr [ %293, %439 ], [ %467, %464 ]
  %474 = getelementptr inbounds i8, ptr %473, i64 32
  %475 = load ptr, ptr %474, align 8, !tbaa !36
  %476 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef %441, ptr noundef nonnull %443, ptr noundef %475)
  %477 = load ptr, ptr %10, align 8, !tbaa !36
  %478 = icmp eq ptr %477, %444
  br i1 %478, label %482, label %479

479:                                              ; preds = %472
  %480 = load i64, ptr %444, align 8, !tbaa !38
  %481 = add i64 %480, 1
  call void @_ZdlPvm(ptr noundef %477, i64 noundef %481) #23
  br label %482

482:                                              ; preds = %472, %479
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #24
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #24
  invoke void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr %81, ptr nonnull %82)
          to label %483 unwind label %561

483:                                              ; preds = %482
  %484 = getelementptr inbounds i8, ptr %11, i64 40
  %485 = load i64, ptr %484, align 8, !tbaa !31
  %486 = getelementptr inbounds i8, ptr %11, i64 16
  %487 = load ptr, ptr %486, align 8, !tbaa !28
  %488 = getelementptr inbounds i8, ptr %11, i64 8
  %489 = icmp eq ptr %487, null
  br i1 %489, label %509, label %490

490:                                              ; preds = %483, %490
  %491 = phi ptr [ %499, %490 ], [ %487, %483 ]
  %492 = phi ptr [ %496, %490 ], [ %488, %483 ]
  %493 = getelementptr inbounds i8, ptr %491, i64 32
  %494 = load i32, ptr %493, align 4, !tbaa !5
  %495 = icmp slt i32 %494, 42
  %496 = select i1 %495, ptr %492, ptr %491
  %497 = select i1 %495, i64 24, i64 16
  %498 = getelementptr inbounds i8, ptr %491, i64 %497
  %499 = load ptr, ptr %498, align 8, !tbaa !32
  %500 = icmp eq ptr %499, null
  br i1 %500, label %501, label %490, !llvm.loop !42

501:                                              ; preds = %490
  %502 = icmp eq ptr %496, %488
  br i1 %502, label %509, label %503

503:                                              ; preds = %501
  %504 = select i1 %495, ptr %492, ptr %491
  %505 = getelementptr inbounds i8, ptr %504, i64 32
  %506 = load i32, ptr %505, align 4, !tbaa !5
  %507 = icmp sgt i32 %506, 42
  %508 = select i1 %507, ptr %488, ptr %496
  br label %509

509:                                              ; preds = %503, %501, %483
  %510 = phi ptr [ %488, %501 ], [ %488, %483 ], [ %508, %503 ]
  %511 = icmp ne ptr %510, %488
  %512 = zext i1 %511 to i64
  %513 = getelementptr inbounds i8, ptr %11, i64 24
  %514 = load ptr, ptr %513, align 8, !tbaa !29
  %515 = getelementptr inbounds i8, ptr %514, i64 32
  %516 = load i32, ptr %515, align 4, !tbaa !5
  %517 = call noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef nonnull %488) #25
  %518 = getelementptr inbounds i8, ptr %517, i64 32
  %519 = load i32, ptr %518, align 4, !tbaa !5
  %520 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %485, i64 noundef %512, i32 noundef %516, i32 noundef %519)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %12) #24
  %521 = getelementptr inbounds i8, ptr %12, i64 48
  store ptr %521, ptr %12, align 8, !tbaa !43
  %522 = getelementptr inbounds i8, ptr %12, i64 8
  store i64 1, ptr %522, align 8, !tbaa !48
  %523 = getelementptr inbounds i8, ptr %12, i64 16
  %524 = getelementptr inbounds i8, ptr %12, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %523, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %524, align 8, !tbaa !49
  %525 = getelementptr inbounds i8, ptr %12, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %525, i8 0, i64 16, i1 false)
  br i1 %25, label %852, label %563

526:                                              ; preds = %599
  %527 = load ptr, ptr %523, align 8, !tbaa !50
  %528 = icmp eq ptr %527, null
  br i1 %528, label %852, label %529

529:                                              ; preds = %526, %529
  %530 = phi i64 [ %533, %529 ], [ 0, %526 ]
  %531 = phi ptr [ %532, %529 ], [ %527, %526 ]
  %532 = load ptr, ptr %531, align 8, !tbaa !51
  %533 = add nuw nsw i64 %530, 1
  %534 = icmp eq ptr %532, null
  br i1 %534, label %535, label %529, !llvm.loop !52

535:                                              ; preds = %529
  %536 = icmp ugt i64 %530, 1152921504606846974
  br i1 %536, label %537, label %539

537:                                              ; preds = %535
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #21
          to label %538 unwind label %551

538:                                              ; preds = %537
  unreachable

539:                                              ; preds = %535
  %540 = shl nuw nsw i64 %533, 3
  %541 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %540) #22
          to label %542 unwind label %551

542:                                              ; preds = %539, %542
  %543 = phi i64 [ %549, %542 ], [ 0, %539 ]
  %544 = phi ptr [ %548, %542 ], [ %527, %539 ]
  %545 = getelementptr inbounds i8, ptr %541, i64 %543
  %546 = getelementptr inbounds i8, ptr %544, i64 8
  %547 = load <2 x i32>, ptr %546, align 4, !tbaa !5
  store <2 x i32> %547, ptr %545, align 4, !tbaa !5
  %548 = load ptr, ptr %544, align 8, !tbaa !51
  %549 = add nuw nsw i64 %543, 8
  %550 = icmp eq ptr %548, null
  br i1 %550, label %608, label %542, !llvm.loop !53

551:                                              ; preds = %537, %539
  %552 = landingpad { ptr, i32 }
          cleanup
  br label %1228

553:                                              ; preds = %376, %361
  %554 = landingpad { ptr, i32 }
          cleanup
  %555 = load ptr, ptr %8, align 8, !tbaa !36
  %556 = icmp eq ptr %555, %363
  br i1 %556, label %560, label %557

557:                                              ; preds = %553
  %558 = load i64, ptr %363, align 8, !tbaa !38
  %559 = add i64 %558, 1
  call void @_ZdlPvm(ptr noundef %555, i64 noundef %559) #23
  br label %560

560:                                              ; preds = %557, %553
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  br label %1232

561:                                              ; preds = %482
  %562 = landingpad { ptr, i32 }
          cleanup
  br label %1230

563:                                              ; preds = %509, %599
  %564 = phi ptr [ %604, %599 ], [ %81, %509 ]
  %565 = load i32, ptr %564, align 4, !tbaa !5
  %566 = srem i32 %565, 37
  %567 = sext i32 %566 to i64
  %568 = load i64, ptr %522, align 8
  %569 = urem i64 %567, %568
  %570 = load ptr, ptr %12, align 8, !tbaa !43
  %571 = getelementptr inbounds ptr, ptr %570, i64 %569
  %572 = load ptr, ptr %571, align 8, !tbaa !32
  %573 = icmp eq ptr %572, null
  br i1 %573, label %591, label %574

574:                                              ; preds = %563
  %575 = load ptr, ptr %572, align 8, !tbaa !51
  %576 = getelementptr inbounds i8, ptr %575, i64 8
  %577 = load i32, ptr %576, align 4, !tbaa !5
  %578 = icmp eq i32 %566, %577
  br i1 %578, label %599, label %581

579:                                              ; preds = %585
  %580 = icmp eq i32 %566, %587
  br i1 %580, label %599, label %581, !llvm.loop !54

581:                                              ; preds = %574, %579
  %582 = phi ptr [ %583, %579 ], [ %575, %574 ]
  %583 = load ptr, ptr %582, align 8, !tbaa !51
  %584 = icmp eq ptr %583, null
  br i1 %584, label %591, label %585

585:                                              ; preds = %581
  %586 = getelementptr inbounds i8, ptr %583, i64 8
  %587 = load i32, ptr %586, align 4, !tbaa !5
  %588 = sext i32 %587 to i64
  %589 = urem i64 %588, %568
  %590 = icmp eq i64 %589, %569
  br i1 %590, label %579, label %591, !llvm.loop !54

591:                                              ; preds = %585, %581, %563
  %592 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #22
          to label %593 unwind label %606

593:                                              ; preds = %591
  store ptr null, ptr %592, align 8, !tbaa !51
  %594 = getelementptr inbounds i8, ptr %592, i64 8
  store i32 %566, ptr %594, align 4, !tbaa !55
  %595 = getelementptr inbounds i8, ptr %592, i64 12
  store i32 0, ptr %595, align 4, !tbaa !57
  %596 = invoke ptr @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm(ptr noundef nonnull align 8 dereferenceable(56) %12, i64 noundef %569, i64 noundef %567, ptr noundef nonnull %592, i64 noundef 1)
          to label %599 unwind label %597

597:                                              ; preds = %593
  %598 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %592, i64 noundef 16) #23
  br label %1228

599:                                              ; preds = %579, %593, %574
  %600 = phi ptr [ %575, %574 ], [ %596, %593 ], [ %583, %579 ]
  %601 = getelementptr inbounds i8, ptr %600, i64 12
  %602 = load i32, ptr %601, align 4, !tbaa !5
  %603 = add nsw i32 %602, 1
  store i32 %603, ptr %601, align 4, !tbaa !5
  %604 = getelementptr inbounds i8, ptr %564, i64 4
  %605 = icmp eq ptr %564, %80
  br i1 %605, label %526, label %563

606:                                              ; preds = %591
  %607 = landingpad { ptr, i32 }
          cleanup
  br label %1228

608:                                              ; preds = %542
  %609 = getelementptr inbounds i8, ptr %541, i64 %543
  %610 = getelementptr inbounds %"struct.std::pair.27", ptr %541, i64 %533
  %611 = getelementptr inbounds i8, ptr %541, i64 %549
  %612 = ptrtoint ptr %541 to i64
  %613 = lshr exact i64 %549, 3
  %614 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %613, i1 true)
  %615 = shl nuw nsw i64 %614, 1
  %616 = xor i64 %615, 126
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr nonnull %541, ptr nonnull %611, i64 noundef %616)
  %617 = icmp ugt i64 %543, 120
  br i1 %617, label %618, label %762

618:                                              ; preds = %608, %716
  %619 = phi i64 [ %721, %716 ], [ 0, %608 ]
  %620 = phi i64 [ %719, %716 ], [ 8, %608 ]
  %621 = phi ptr [ %622, %716 ], [ %541, %608 ]
  %622 = getelementptr inbounds i8, ptr %541, i64 %620
  %623 = load i64, ptr %622, align 4
  %624 = load i64, ptr %541, align 4
  %625 = lshr i64 %623, 32
  %626 = lshr i64 %624, 32
  %627 = icmp eq i64 %625, %626
  %628 = trunc nuw i64 %626 to i32
  %629 = trunc nuw i64 %625 to i32
  %630 = icmp sgt i32 %629, %628
  %631 = trunc i64 %624 to i32
  %632 = trunc i64 %623 to i32
  %633 = icmp slt i32 %632, %631
  %634 = select i1 %627, i1 %633, i1 %630
  br i1 %634, label %635, label %691

635:                                              ; preds = %618
  %636 = add i64 %619, 1
  %637 = lshr exact i64 %620, 3
  %638 = getelementptr inbounds i8, ptr %621, i64 16
  %639 = and i64 %636, 3
  %640 = icmp eq i64 %639, 0
  br i1 %640, label %655, label %641

641:                                              ; preds = %635, %641
  %642 = phi i64 [ %652, %641 ], [ %637, %635 ]
  %643 = phi ptr [ %647, %641 ], [ %638, %635 ]
  %644 = phi ptr [ %646, %641 ], [ %622, %635 ]
  %645 = phi i64 [ %653, %641 ], [ 0, %635 ]
  %646 = getelementptr inbounds i8, ptr %644, i64 -8
  %647 = getelementptr inbounds i8, ptr %643, i64 -8
  %648 = load i32, ptr %646, align 4, !tbaa !5
  store i32 %648, ptr %647, align 4, !tbaa !58
  %649 = getelementptr inbounds i8, ptr %644, i64 -4
  %650 = load i32, ptr %649, align 4, !tbaa !5
  %651 = getelementptr inbounds i8, ptr %643, i64 -4
  store i32 %650, ptr %651, align 4, !tbaa !60
  %652 = add nsw i64 %642, -1
  %653 = add i64 %645, 1
  %654 = icmp eq i64 %653, %639
  br i1 %654, label %655, label %641, !llvm.loop !61

655:                                              ; preds = %641, %635
  %656 = phi i64 [ %637, %635 ], [ %652, %641 ]
  %657 = phi ptr [ %638, %635 ], [ %647, %641 ]
  %658 = phi ptr [ %622, %635 ], [ %646, %641 ]
  %659 = icmp ult i64 %619, 3
  br i1 %659, label %716, label %660

660:                                              ; preds = %655, %660
  %661 = phi i64 [ %688, %660 ], [ %656, %655 ]
  %662 = phi ptr [ %683, %660 ], [ %657, %655 ]
  %663 = phi ptr [ %682, %660 ], [ %658, %655 ]
  %664 = getelementptr inbounds i8, ptr %663, i64 -8
  %665 = getelementptr inbounds i8, ptr %662, i64 -8
  %666 = load i32, ptr %664, align 4, !tbaa !5
  store i32 %666, ptr %665, align 4, !tbaa !58
  %667 = getelementptr inbounds i8, ptr %663, i64 -4
  %668 = load i32, ptr %667, align 4, !tbaa !5
  %669 = getelementptr inbounds i8, ptr %662, i64 -4
  store i32 %668, ptr %669, align 4, !tbaa !60
  %670 = getelementptr inbounds i8, ptr %663, i64 -16
  %671 = getelementptr inbounds i8, ptr %662, i64 -16
  %672 = load i32, ptr %670, align 4, !tbaa !5
  store i32 %672, ptr %671, align 4, !tbaa !58
  %673 = getelementptr inbounds i8, ptr %663, i64 -12
  %674 = load i32, ptr %673, align 4, !tbaa !5
  %675 = getelementptr inbounds i8, ptr %662, i64 -12
  store i32 %674, ptr %675, align 4, !tbaa !60
  %676 = getelementptr inbounds i8, ptr %663, i64 -24
  %677 = getelementptr inbounds i8, ptr %662, i64 -24
  %678 = load i32, ptr %676, align 4, !tbaa !5
  store i32 %678, ptr %677, align 4, !tbaa !58
  %679 = getelementptr inbounds i8, ptr %663, i64 -20
  %680 = load i32, ptr %679, align 4, !tbaa !5
  %681 = getelementptr inbounds i8, ptr %662, i64 -20
  store i32 %680, ptr %681, align 4, !tbaa !60
  %682 = getelementptr inbounds i8, ptr %663, i64 -32
  %683 = getelementptr inbounds i8, ptr %662, i64 -32
  %684 = load i32, ptr %682, align 4, !tbaa !5
  store i32 %684, ptr %683, align 4, !tbaa !58
  %685 = getelementptr inbounds i8, ptr %663, i64 -28
  %686 = load i32, ptr %685, align 4, !tbaa !5
  %687 = getelementptr inbounds i8, ptr %662, i64 -28
  store i32 %686, ptr %687, align 4, !tbaa !60
  %688 = add nsw i64 %661, -4
  %689 = add i64 %661, -5
  %690 = icmp ult i64 %689, -2
  br i1 %690, label %660, label %716, !llvm.loop !63

691:                                              ; preds = %618
  %692 = load i64, ptr %621, align 4
  %693 = lshr i64 %692, 32
  %694 = icmp eq i64 %625, %693
  %695 = trunc nuw i64 %693 to i32
  %696 = icmp sgt i32 %629, %695
  %697 = trunc i64 %692 to i32
  %698 = icmp slt i32 %632, %697
  %699 = select i1 %694, i1 %698, i1 %696
  br i1 %699, label %700, label %716

700:                                              ; preds = %691, %700
  %701 = phi i32 [ %713, %700 ], [ %697, %691 ]
  %702 = phi ptr [ %707, %700 ], [ %621, %691 ]
  %703 = phi ptr [ %702, %700 ], [ %622, %691 ]
  store i32 %701, ptr %703, align 4, !tbaa !58
  %704 = getelementptr inbounds i8, ptr %703, i64 -4
  %705 = load i32, ptr %704, align 4, !tbaa !5
  %706 = getelementptr inbounds i8, ptr %703, i64 4
  store i32 %705, ptr %706, align 4, !tbaa !60
  %707 = getelementptr inbounds i8, ptr %702, i64 -8
  %708 = load i64, ptr %707, align 4
  %709 = lshr i64 %708, 32
  %710 = icmp eq i64 %625, %709
  %711 = trunc nuw i64 %709 to i32
  %712 = icmp sgt i32 %629, %711
  %713 = trunc i64 %708 to i32
  %714 = icmp slt i32 %632, %713
  %715 = select i1 %710, i1 %714, i1 %712
  br i1 %715, label %700, label %716, !llvm.loop !64

716:                                              ; preds = %700, %655, %660, %691
  %717 = phi ptr [ %622, %691 ], [ %541, %660 ], [ %541, %655 ], [ %702, %700 ]
  store i32 %632, ptr %717, align 4, !tbaa !58
  %718 = getelementptr inbounds i8, ptr %717, i64 4
  store i32 %629, ptr %718, align 4, !tbaa !60
  %719 = add nuw nsw i64 %620, 8
  %720 = icmp eq i64 %719, 128
  %721 = add i64 %619, 1
  br i1 %720, label %722, label %618, !llvm.loop !65

722:                                              ; preds = %716
  %723 = icmp eq i64 %549, 128
  br i1 %723, label %852, label %724

724:                                              ; preds = %722
  %725 = getelementptr inbounds i8, ptr %541, i64 128
  br label %726

726:                                              ; preds = %724, %757
  %727 = phi ptr [ %760, %757 ], [ %725, %724 ]
  %728 = load i64, ptr %727, align 4
  %729 = lshr i64 %728, 32
  %730 = trunc nuw i64 %729 to i32
  %731 = trunc i64 %728 to i32
  %732 = getelementptr inbounds i8, ptr %727, i64 -8
  %733 = load i64, ptr %732, align 4
  %734 = lshr i64 %733, 32
  %735 = icmp eq i64 %729, %734
  %736 = trunc nuw i64 %734 to i32
  %737 = icmp sgt i32 %730, %736
  %738 = trunc i64 %733 to i32
  %739 = icmp slt i32 %731, %738
  %740 = select i1 %735, i1 %739, i1 %737
  br i1 %740, label %741, label %757

741:                                              ; preds = %726, %741
  %742 = phi i32 [ %754, %741 ], [ %738, %726 ]
  %743 = phi ptr [ %748, %741 ], [ %732, %726 ]
  %744 = phi ptr [ %743, %741 ], [ %727, %726 ]
  store i32 %742, ptr %744, align 4, !tbaa !58
  %745 = getelementptr inbounds i8, ptr %744, i64 -4
  %746 = load i32, ptr %745, align 4, !tbaa !5
  %747 = getelementptr inbounds i8, ptr %744, i64 4
  store i32 %746, ptr %747, align 4, !tbaa !60
  %748 = getelementptr inbounds i8, ptr %743, i64 -8
  %749 = load i64, ptr %748, align 4
  %750 = lshr i64 %749, 32
  %751 = icmp eq i64 %729, %750
  %752 = trunc nuw i64 %750 to i32
  %753 = icmp sgt i32 %730, %752
  %754 = trunc i64 %749 to i32
  %755 = icmp slt i32 %731, %754
  %756 = select i1 %751, i1 %755, i1 %753
  br i1 %756, label %741, label %757, !llvm.loop !64

757:                                              ; preds = %741, %726
  %758 = phi ptr [ %727, %726 ], [ %743, %741 ]
  store i32 %731, ptr %758, align 4, !tbaa !58
  %759 = getelementptr inbounds i8, ptr %758, i64 4
  store i32 %730, ptr %759, align 4, !tbaa !60
  %760 = getelementptr inbounds i8, ptr %727, i64 8
  %761 = icmp eq ptr %760, %611
  br i1 %761, label %852, label %726, !llvm.loop !66

762:                                              ; preds = %608
  %763 = icmp eq i64 %543, 0
  br i1 %763, label %852, label %764

764:                                              ; preds = %762, %848
  %765 = phi ptr [ %766, %848 ], [ %541, %762 ]
  %766 = getelementptr inbounds i8, ptr %765, i64 8
  %767 = load i64, ptr %766, align 4
  %768 = load i64, ptr %541, align 4
  %769 = lshr i64 %767, 32
  %770 = lshr i64 %768, 32
  %771 = icmp eq i64 %769, %770
  %772 = trunc nuw i64 %770 to i32
  %773 = trunc nuw i64 %769 to i32
  %774 = icmp sgt i32 %773, %772
  %775 = trunc i64 %768 to i32
  %776 = trunc i64 %767 to i32
  %777 = icmp slt i32 %776, %775
  %778 = select i1 %771, i1 %777, i1 %774
  br i1 %778, label %779, label %823

779:                                              ; preds = %764
  %780 = ptrtoint ptr %766 to i64
  %781 = sub i64 %780, %612
  %782 = ashr exact i64 %781, 3
  %783 = icmp sgt i64 %782, 0
  br i1 %783, label %784, label %848

784:                                              ; preds = %779
  %785 = getelementptr inbounds i8, ptr %765, i64 16
  %786 = icmp eq i64 %781, 8
  br i1 %786, label %807, label %787

787:                                              ; preds = %784
  %788 = and i64 %782, 9223372036854775806
  %789 = and i64 %782, 1
  %790 = mul i64 %788, -8
  %791 = getelementptr i8, ptr %785, i64 %790
  %792 = mul i64 %788, -8
  %793 = getelementptr i8, ptr %766, i64 %792
  %794 = getelementptr i8, ptr %766, i64 -16
  %795 = getelementptr i8, ptr %785, i64 -16
  br label %796

796:                                              ; preds = %796, %787
  %797 = phi i64 [ 0, %787 ], [ %803, %796 ]
  %798 = mul i64 %797, -8
  %799 = mul i64 %797, -8
  %800 = getelementptr i8, ptr %794, i64 %799
  %801 = load <4 x i32>, ptr %800, align 4, !tbaa !5
  %802 = getelementptr i8, ptr %795, i64 %798
  store <4 x i32> %801, ptr %802, align 4, !tbaa !5
  %803 = add nuw i64 %797, 2
  %804 = icmp eq i64 %803, %788
  br i1 %804, label %805, label %796, !llvm.loop !67

805:                                              ; preds = %796
  %806 = icmp eq i64 %782, %788
  br i1 %806, label %848, label %807

807:                                              ; preds = %805, %784
  %808 = phi i64 [ %782, %784 ], [ %789, %805 ]
  %809 = phi ptr [ %785, %784 ], [ %791, %805 ]
  %810 = phi ptr [ %766, %784 ], [ %793, %805 ]
  br label %811

811:                                              ; preds = %807, %811
  %812 = phi i64 [ %821, %811 ], [ %808, %807 ]
  %813 = phi ptr [ %816, %811 ], [ %809, %807 ]
  %814 = phi ptr [ %815, %811 ], [ %810, %807 ]
  %815 = getelementptr inbounds i8, ptr %814, i64 -8
  %816 = getelementptr inbounds i8, ptr %813, i64 -8
  %817 = load i32, ptr %815, align 4, !tbaa !5
  store i32 %817, ptr %816, align 4, !tbaa !58
  %818 = getelementptr inbounds i8, ptr %814, i64 -4
  %819 = load i32, ptr %818, align 4, !tbaa !5
  %820 = getelementptr inbounds i8, ptr %813, i64 -4
  store i32 %819, ptr %820, align 4, !tbaa !60
  %821 = add nsw i64 %812, -1
  %822 = icmp ugt i64 %812, 1
  br i1 %822, label %811, label %848, !llvm.loop !68

823:                                              ; preds = %764
  %824 = load i64, ptr %765, align 4
  %825 = lshr i64 %824, 32
  %826 = icmp eq i64 %769, %825
  %827 = trunc nuw i64 %825 to i32
  %828 = icmp sgt i32 %773, %827
  %829 = trunc i64 %824 to i32
  %830 = icmp slt i32 %776, %829
  %831 = select i1 %826, i1 %830, i1 %828
  br i1 %831, label %832, label %848

832:                                              ; preds = %823, %832
  %833 = phi i32 [ %845, %832 ], [ %829, %823 ]
  %834 = phi ptr [ %839, %832 ], [ %765, %823 ]
  %835 = phi ptr [ %834, %832 ], [ %766, %823 ]
  store i32 %833, ptr %835, align 4, !tbaa !58
  %836 = getelementptr inbounds i8, ptr %835, i64 -4
  %837 = load i32, ptr %836, align 4, !tbaa !5
  %838 = getelementptr inbounds i8, ptr %835, i64 4
  store i32 %837, ptr %838, align 4, !tbaa !60
  %839 = getelementptr inbounds i8, ptr %834, i64 -8
  %840 = load i64, ptr %839, align 4
  %841 = lshr i64 %840, 32
  %842 = icmp eq i64 %769, %841
  %843 = trunc nuw i64 %841 to i32
  %844 = icmp sgt i32 %773, %843
  %845 = trunc i64 %840 to i32
  %846 = icmp slt i32 %776, %845
  %847 = select i1 %842, i1 %846, i1 %844
  br i1 %847, label %832, label %848, !llvm.loop !64

848:                                              ; preds = %832, %811, %805, %823, %779
  %849 = phi ptr [ %541, %779 ], [ %766, %823 ], [ %541, %805 ], [ %541, %811 ], [ %834, %832 ]
  store i32 %776, ptr %849, align 4, !tbaa !58
  %850 = getelementptr inbounds i8, ptr %849, i64 4
  store i32 %773, ptr %850, align 4, !tbaa !60
  %851 = icmp eq ptr %766, %609
  br i1 %851, label %852, label %764, !llvm.loop !65

852:                                              ; preds = %848, %757, %509, %526, %762, %722
  %853 = phi ptr [ %610, %722 ], [ %610, %762 ], [ null, %526 ], [ null, %509 ], [ %610, %757 ], [ %610, %848 ]
  %854 = phi ptr [ %541, %722 ], [ %541, %762 ], [ null, %526 ], [ null, %509 ], [ %541, %757 ], [ %541, %848 ]
  %855 = load i64, ptr %522, align 8, !tbaa !48
  %856 = icmp ne i64 %855, 0
  %857 = zext i1 %856 to i64
  %858 = getelementptr inbounds i8, ptr %12, i64 24
  %859 = load i64, ptr %858, align 8, !tbaa !69
  %860 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i64 noundef %857, i64 noundef %859)
  %861 = load i32, ptr %854, align 4, !tbaa !58
  %862 = getelementptr inbounds i8, ptr %854, i64 4
  %863 = load i32, ptr %862, align 4, !tbaa !60
  %864 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %861, i32 noundef %863)
  %865 = getelementptr inbounds i8, ptr %854, i64 8
  %866 = load i32, ptr %865, align 4, !tbaa !58
  %867 = getelementptr inbounds i8, ptr %854, i64 12
  %868 = load i32, ptr %867, align 4, !tbaa !60
  %869 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %866, i32 noundef %868)
  %870 = getelementptr inbounds i8, ptr %854, i64 16
  %871 = load i32, ptr %870, align 4, !tbaa !58
  %872 = getelementptr inbounds i8, ptr %854, i64 20
  %873 = load i32, ptr %872, align 4, !tbaa !60
  %874 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %871, i32 noundef %873)
  %875 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %13) #24
  %876 = getelementptr inbounds i8, ptr %13, i64 48
  store ptr %876, ptr %13, align 8, !tbaa !70
  %877 = getelementptr inbounds i8, ptr %13, i64 8
  store i64 1, ptr %877, align 8, !tbaa !72
  %878 = getelementptr inbounds i8, ptr %13, i64 16
  %879 = getelementptr inbounds i8, ptr %13, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %878, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %879, align 8, !tbaa !49
  %880 = getelementptr inbounds i8, ptr %13, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %880, i8 0, i64 16, i1 false)
  %881 = getelementptr inbounds i8, ptr %14, i64 16
  %882 = getelementptr inbounds i8, ptr %14, i64 8
  br label %887

883:                                              ; preds = %923
  %884 = getelementptr inbounds i8, ptr %13, i64 24
  %885 = load i64, ptr %884, align 8, !tbaa !73
  %886 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %885, i32 noundef %917)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %15) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %15, i8 0, i64 80, i1 false)
  invoke void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %15, i64 noundef 0)
          to label %939 unwind label %955

887:                                              ; preds = %852, %923
  %888 = phi i32 [ 0, %852 ], [ %917, %923 ]
  %889 = phi i64 [ 0, %852 ], [ %924, %923 ]
  %890 = getelementptr inbounds i8, ptr @__const.main.text, i64 %889
  %891 = load ptr, ptr %890, align 8, !tbaa !32
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #24
  store ptr %881, ptr %14, align 8, !tbaa !33
  %892 = icmp eq ptr %891, null
  br i1 %892, label %893, label %895

893:                                              ; preds = %887
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #21
          to label %894 unwind label %928

894:                                              ; preds = %893
  unreachable

895:                                              ; preds = %887
  %896 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %891) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %896, ptr %4, align 8, !tbaa !35
  %897 = icmp ugt i64 %896, 15
  br i1 %897, label %898, label %902

898:                                              ; preds = %895
  %899 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %900 unwind label %926

900:                                              ; preds = %898
  store ptr %899, ptr %14, align 8, !tbaa !36
  %901 = load i64, ptr %4, align 8, !tbaa !35
  store i64 %901, ptr %881, align 8, !tbaa !38
  br label %902

902:                                              ; preds = %900, %895
  %903 = phi ptr [ %899, %900 ], [ %881, %895 ]
  switch i64 %896, label %906 [
    i64 1, label %904
    i64 0, label %907
  ]

904:                                              ; preds = %902
  %905 = load i8, ptr %891, align 1, !tbaa !38
  store i8 %905, ptr %903, align 1, !tbaa !38
  br label %907

906:                                              ; preds = %902
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %903, ptr nonnull align 1 %891, i64 %896, i1 false)
  br label %907

907:                                              ; preds = %906, %904, %902
  %908 = load i64, ptr %4, align 8, !tbaa !35
  store i64 %908, ptr %882, align 8, !tbaa !39
  %909 = load ptr, ptr %14, align 8, !tbaa !36
  %910 = getelementptr inbounds i8, ptr %909, i64 %908
  store i8 0, ptr %910, align 1, !tbaa !38
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store ptr %13, ptr %3, align 8, !tbaa !32
  %911 = invoke { ptr, i8 } @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %13, ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %912 unwind label %930

912:                                              ; preds = %907
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %913 = extractvalue { ptr, i8 } %911, 1
  %914 = and i8 %913, 1
  %915 = xor i8 %914, 1
  %916 = zext nneg i8 %915 to i32
  %917 = add nuw nsw i32 %888, %916
  %918 = load ptr, ptr %14, align 8, !tbaa !36
  %919 = icmp eq ptr %918, %881
  br i1 %919, label %923, label %920

920:                                              ; preds = %912
  %921 = load i64, ptr %881, align 8, !tbaa !38
  %922 = add i64 %921, 1
  call void @_ZdlPvm(ptr noundef %918, i64 noundef %922) #23
  br label %923

923:                                              ; preds = %912, %920
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  %924 = add nuw nsw i64 %889, 8
  %925 = icmp eq i64 %924, 88
  br i1 %925, label %883, label %887

926:                                              ; preds = %898
  %927 = landingpad { ptr, i32 }
          cleanup
  br label %937

928:                                              ; preds = %893
  %929 = landingpad { ptr, i32 }
          cleanup
  br label %937

930:                                              ; preds = %907
  %931 = landingpad { ptr, i32 }
          cleanup
  %932 = load ptr, ptr %14, align 8, !tbaa !36
  %933 = icmp eq ptr %932, %881
  br i1 %933, label %937, label %934

934:                                              ; preds = %930
  %935 = load i64, ptr %881, align 8, !tbaa !38
  %936 = add i64 %935, 1
  call void @_ZdlPvm(ptr noundef %932, i64 noundef %936) #23
  br label %937

937:                                              ; preds = %926, %928, %934, %930
  %938 = phi { ptr, i32 } [ %931, %930 ], [ %931, %934 ], [ %927, %926 ], [ %929, %928 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  br label %1223

939:                                              ; preds = %883
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %16) #24
  store i32 0, ptr %16, align 4, !tbaa !5
  %940 = getelementptr inbounds i8, ptr %15, i64 16
  %941 = getelementptr inbounds i8, ptr %15, i64 24
  %942 = getelementptr inbounds i8, ptr %15, i64 48
  %943 = getelementptr inbounds i8, ptr %15, i64 64
  br label %957

944:                                              ; preds = %978
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %16) #24
  %945 = load ptr, ptr %940, align 8, !tbaa !74, !noalias !76
  %946 = getelementptr inbounds i8, ptr %15, i64 40
  %947 = load ptr, ptr %942, align 8, !tbaa !74, !noalias !76
  %948 = getelementptr inbounds i8, ptr %15, i64 56
  %949 = getelementptr inbounds i8, ptr %15, i64 72
  %950 = icmp eq ptr %945, %947
  br i1 %950, label %985, label %951

951:                                              ; preds = %944
  %952 = load ptr, ptr %946, align 8, !tbaa !77, !noalias !78
  %953 = getelementptr inbounds i8, ptr %15, i64 32
  %954 = load ptr, ptr %953, align 8, !tbaa !81, !noalias !78
  br label %1022

955:                                              ; preds = %883
  %956 = landingpad { ptr, i32 }
          cleanup
  br label %1221

957:                                              ; preds = %939, %978
  %958 = phi i32 [ 0, %939 ], [ %980, %978 ]
  %959 = and i32 %958, 1
  %960 = icmp eq i32 %959, 0
  br i1 %960, label %970, label %961

961:                                              ; preds = %957
  %962 = load ptr, ptr %940, align 8, !tbaa !82
  %963 = load ptr, ptr %941, align 8, !tbaa !84
  %964 = icmp eq ptr %962, %963
  br i1 %964, label %967, label %965

965:                                              ; preds = %961
  %966 = getelementptr inbounds i8, ptr %962, i64 -4
  store i32 %958, ptr %966, align 4, !tbaa !5
  store ptr %966, ptr %940, align 8, !tbaa !82
  br label %978

967:                                              ; preds = %961
  invoke void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %15, ptr noundef nonnull align 4 dereferenceable(4) %16)
          to label %978 unwind label %968

968:                                              ; preds = %977, %967
  %969 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %16) #24
  br label %1219

970:                                              ; preds = %957
  %971 = load ptr, ptr %942, align 8, !tbaa !85
  %972 = load ptr, ptr %943, align 8, !tbaa !86
  %973 = getelementptr inbounds i8, ptr %972, i64 -4
  %974 = icmp eq ptr %971, %973
  br i1 %974, label %977, label %975

975:                                              ; preds = %970
  store i32 %958, ptr %971, align 4, !tbaa !5
  %976 = getelementptr inbounds i8, ptr %971, i64 4
  store ptr %976, ptr %942, align 8, !tbaa !85
  br label %978

977:                                              ; preds = %970
  invoke void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %15, ptr noundef nonnull align 4 dereferenceable(4) %16)
          to label %978 unwind label %968

978:                                              ; preds = %975, %977, %965, %967
  %979 = load i32, ptr %16, align 4, !tbaa !5
  %980 = add nsw i32 %979, 1
  store i32 %980, ptr %16, align 4, !tbaa !5
  %981 = icmp slt i32 %979, 9
  br i1 %981, label %957, label %944, !llvm.loop !87

982:                                              ; preds = %1034
  %983 = load ptr, ptr %940, align 8, !tbaa !74, !noalias !88
  %984 = load ptr, ptr %942, align 8, !tbaa !74, !noalias !91
  br label %985

985:                                              ; preds = %982, %944
  %986 = phi ptr [ %984, %982 ], [ %947, %944 ]
  %987 = phi ptr [ %983, %982 ], [ %945, %944 ]
  %988 = load i32, ptr %987, align 4, !tbaa !5
  %989 = load ptr, ptr %948, align 8, !tbaa !94, !noalias !91
  %990 = icmp eq ptr %986, %989
  br i1 %990, label %991, label %996

991:                                              ; preds = %985
  %992 = load ptr, ptr %949, align 8, !tbaa !77, !noalias !91
  %993 = getelementptr inbounds i8, ptr %992, i64 -8
  %994 = load ptr, ptr %993, align 8, !tbaa !32
  %995 = getelementptr inbounds i8, ptr %994, i64 512
  br label %996

996:                                              ; preds = %985, %991
  %997 = phi ptr [ %995, %991 ], [ %986, %985 ]
  %998 = getelementptr inbounds i8, ptr %997, i64 -4
  %999 = load i32, ptr %998, align 4, !tbaa !5
  %1000 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef %988, i32 noundef %999)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %17) #24
  %1001 = getelementptr inbounds i8, ptr %17, i64 8
  store ptr %17, ptr %1001, align 8, !tbaa !95
  store ptr %17, ptr %17, align 8, !tbaa !97
  %1002 = getelementptr inbounds i8, ptr %17, i64 16
  store i64 0, ptr %1002, align 8, !tbaa !98
  br label %1003

1003:                                             ; preds = %996, %1006
  %1004 = phi i64 [ %1012, %1006 ], [ 0, %996 ]
  %1005 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #22
          to label %1006 unwind label %1014

1006:                                             ; preds = %1003
  %1007 = getelementptr inbounds i8, ptr %81, i64 %1004
  %1008 = getelementptr inbounds i8, ptr %1005, i64 16
  %1009 = load i32, ptr %1007, align 4, !tbaa !5
  store i32 %1009, ptr %1008, align 4, !tbaa !5
  call void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16) %1005, ptr noundef nonnull %17) #24
  %1010 = load i64, ptr %1002, align 8, !tbaa !100
  %1011 = add i64 %1010, 1
  store i64 %1011, ptr %1002, align 8, !tbaa !100
  %1012 = add nuw nsw i64 %1004, 4
  %1013 = icmp eq i64 %1012, 80
  br i1 %1013, label %1039, label %1003, !llvm.loop !103

1014:                                             ; preds = %1003
  %1015 = landingpad { ptr, i32 }
          cleanup
  %1016 = load ptr, ptr %17, align 8, !tbaa !97
  %1017 = icmp eq ptr %1016, %17
  br i1 %1017, label %1217, label %1018

1018:                                             ; preds = %1014, %1018
  %1019 = phi ptr [ %1020, %1018 ], [ %1016, %1014 ]
  %1020 = load ptr, ptr %1019, align 8, !tbaa !97
  call void @_ZdlPvm(ptr noundef %1019, i64 noundef 24) #23
  %1021 = icmp eq ptr %1020, %17
  br i1 %1021, label %1217, label %1018, !llvm.loop !104

1022:                                             ; preds = %951, %1034
  %1023 = phi ptr [ %1037, %1034 ], [ %945, %951 ]
  %1024 = phi ptr [ %1036, %1034 ], [ %954, %951 ]
  %1025 = phi ptr [ %1035, %1034 ], [ %952, %951 ]
  %1026 = load i32, ptr %1023, align 4, !tbaa !5
  %1027 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %1026)
  %1028 = getelementptr inbounds i8, ptr %1023, i64 4
  %1029 = icmp eq ptr %1028, %1024
  br i1 %1029, label %1030, label %1034

1030:                                             ; preds = %1022
  %1031 = getelementptr inbounds i8, ptr %1025, i64 8
  %1032 = load ptr, ptr %1031, align 8, !tbaa !32
  %1033 = getelementptr inbounds i8, ptr %1032, i64 512
  br label %1034

1034:                                             ; preds = %1022, %1030
  %1035 = phi ptr [ %1031, %1030 ], [ %1025, %1022 ]
  %1036 = phi ptr [ %1033, %1030 ], [ %1024, %1022 ]
  %1037 = phi ptr [ %1032, %1030 ], [ %1028, %1022 ]
  %1038 = icmp eq ptr %1037, %947
  br i1 %1038, label %982, label %1022

1039:                                             ; preds = %1006
  invoke void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %17)
          to label %1040 unwind label %1202

1040:                                             ; preds = %1039
  %1041 = load ptr, ptr %17, align 8, !tbaa !97
  %1042 = icmp eq ptr %1041, %17
  br i1 %1042, label %1080, label %1043

1043:                                             ; preds = %1040
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #24
  %1044 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %1044, align 8, !tbaa !95
  store ptr %2, ptr %2, align 8, !tbaa !97
  %1045 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 0, ptr %1045, align 8, !tbaa !98
  %1046 = load ptr, ptr %1041, align 8, !tbaa !97
  %1047 = icmp eq ptr %1046, %17
  br i1 %1047, label %1078, label %1048

1048:                                             ; preds = %1043, %1067
  %1049 = phi ptr [ %1069, %1067 ], [ %1046, %1043 ]
  %1050 = phi ptr [ %1068, %1067 ], [ %1041, %1043 ]
  %1051 = getelementptr inbounds i8, ptr %1050, i64 16
  %1052 = load i32, ptr %1051, align 4, !tbaa !5
  %1053 = getelementptr inbounds i8, ptr %1049, i64 16
  %1054 = load i32, ptr %1053, align 4, !tbaa !5
  %1055 = icmp eq i32 %1052, %1054
  br i1 %1055, label %1056, label %1067

1056:                                             ; preds = %1048
  %1057 = load ptr, ptr %2, align 8, !tbaa !97
  %1058 = load ptr, ptr %1049, align 8, !tbaa !97
  %1059 = icmp eq ptr %1057, %1049
  %1060 = icmp eq ptr %1058, %1057
  %1061 = select i1 %1059, i1 true, i1 %1060
  br i1 %1061, label %1067, label %1062

1062:                                             ; preds = %1056
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %1057, ptr noundef nonnull %1049, ptr noundef %1058) #24
  %1063 = load i64, ptr %1045, align 8, !tbaa !100
  %1064 = add i64 %1063, 1
  store i64 %1064, ptr %1045, align 8, !tbaa !100
  %1065 = load i64, ptr %1002, align 8, !tbaa !100
  %1066 = add i64 %1065, -1
  store i64 %1066, ptr %1002, align 8, !tbaa !100
  br label %1067

1067:                                             ; preds = %1062, %1056, %1048
  %1068 = phi ptr [ %1050, %1056 ], [ %1050, %1062 ], [ %1049, %1048 ]
  %1069 = load ptr, ptr %1068, align 8, !tbaa !97
  %1070 = icmp eq ptr %1069, %17
  br i1 %1070, label %1071, label %1048, !llvm.loop !105

1071:                                             ; preds = %1067
  %1072 = load ptr, ptr %2, align 8, !tbaa !97
  %1073 = icmp eq ptr %1072, %2
  br i1 %1073, label %1078, label %1074

1074:                                             ; preds = %1071, %1074
  %1075 = phi ptr [ %1076, %1074 ], [ %1072, %1071 ]
  %1076 = load ptr, ptr %1075, align 8, !tbaa !97
  call void @_ZdlPvm(ptr noundef %1075, i64 noundef 24) #23
  %1077 = icmp eq ptr %1076, %2
  br i1 %1077, label %1078, label %1074, !llvm.loop !104

1078:                                             ; preds = %1074, %1071, %1043
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #24
  %1079 = load ptr, ptr %17, align 8, !tbaa !97
  br label %1080

1080:                                             ; preds = %1040, %1078
  %1081 = phi ptr [ %1041, %1040 ], [ %1079, %1078 ]
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #24
  %1082 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr %1, ptr %1082, align 8, !tbaa !95
  store ptr %1, ptr %1, align 8, !tbaa !97
  %1083 = getelementptr inbounds i8, ptr %1, i64 16
  store i64 0, ptr %1083, align 8, !tbaa !98
  %1084 = icmp eq ptr %1081, %17
  br i1 %1084, label %1110, label %1085

1085:                                             ; preds = %1080, %1101
  %1086 = phi ptr [ %1087, %1101 ], [ %1081, %1080 ]
  %1087 = load ptr, ptr %1086, align 8, !tbaa !97
  %1088 = getelementptr inbounds i8, ptr %1086, i64 16
  %1089 = load i32, ptr %1088, align 4, !tbaa !5
  %1090 = icmp sgt i32 %1089, 400
  br i1 %1090, label %1091, label %1101

1091:                                             ; preds = %1085
  %1092 = load ptr, ptr %1, align 8, !tbaa !97
  %1093 = icmp eq ptr %1092, %1086
  %1094 = icmp eq ptr %1087, %1092
  %1095 = select i1 %1093, i1 true, i1 %1094
  br i1 %1095, label %1101, label %1096

1096:                                             ; preds = %1091
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %1092, ptr noundef nonnull %1086, ptr noundef %1087) #24
  %1097 = load i64, ptr %1083, align 8, !tbaa !100
  %1098 = add i64 %1097, 1
  store i64 %1098, ptr %1083, align 8, !tbaa !100
  %1099 = load i64, ptr %1002, align 8, !tbaa !100
  %1100 = add i64 %1099, -1
  store i64 %1100, ptr %1002, align 8, !tbaa !100
  br label %1101

1101:                                             ; preds = %1096, %1091, %1085
  %1102 = icmp eq ptr %1087, %17
  br i1 %1102, label %1103, label %1085, !llvm.loop !106

1103:                                             ; preds = %1101
  %1104 = load ptr, ptr %1, align 8, !tbaa !97
  %1105 = icmp eq ptr %1104, %1
  br i1 %1105, label %1110, label %1106

1106:                                             ; preds = %1103, %1106
  %1107 = phi ptr [ %1108, %1106 ], [ %1104, %1103 ]
  %1108 = load ptr, ptr %1107, align 8, !tbaa !97
  call void @_ZdlPvm(ptr noundef %1107, i64 noundef 24) #23
  %1109 = icmp eq ptr %1108, %1
  br i1 %1109, label %1110, label %1106, !llvm.loop !104

1110:                                             ; preds = %1106, %1103, %1080
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #24
  call void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16) %17) #24
  %1111 = load i64, ptr %1002, align 8, !tbaa !100
  %1112 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %1111)
  %1113 = load ptr, ptr %17, align 8, !tbaa !97
  %1114 = icmp eq ptr %1113, %17
  br i1 %1114, label %1115, label %1210

1115:                                             ; preds = %1210, %1110
  %1116 = call i32 @putchar(i32 10)
  %1117 = load ptr, ptr %17, align 8, !tbaa !97
  %1118 = icmp eq ptr %1117, %17
  br i1 %1118, label %1123, label %1119

1119:                                             ; preds = %1115, %1119
  %1120 = phi ptr [ %1121, %1119 ], [ %1117, %1115 ]
  %1121 = load ptr, ptr %1120, align 8, !tbaa !97
  call void @_ZdlPvm(ptr noundef %1120, i64 noundef 24) #23
  %1122 = icmp eq ptr %1121, %17
  br i1 %1122, label %1123, label %1119, !llvm.loop !104

1123:                                             ; preds = %1119, %1115
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %17) #24
  %1124 = load ptr, ptr %15, align 8, !tbaa !107
  %1125 = icmp eq ptr %1124, null
  br i1 %1125, label %1143, label %1126

1126:                                             ; preds = %1123
  %1127 = load ptr, ptr %946, align 8, !tbaa !108
  %1128 = load ptr, ptr %949, align 8, !tbaa !109
  %1129 = getelementptr inbounds i8, ptr %1128, i64 8
  %1130 = icmp ult ptr %1127, %1129
  br i1 %1130, label %1131, label %1138

1131:                                             ; preds = %1126, %1131
  %1132 = phi ptr [ %1134, %1131 ], [ %1127, %1126 ]
  %1133 = load ptr, ptr %1132, align 8, !tbaa !32
  call void @_ZdlPvm(ptr noundef %1133, i64 noundef 512) #23
  %1134 = getelementptr inbounds i8, ptr %1132, i64 8
  %1135 = icmp ult ptr %1132, %1128
  br i1 %1135, label %1131, label %1136, !llvm.loop !110

1136:                                             ; preds = %1131
  %1137 = load ptr, ptr %15, align 8, !tbaa !107
  br label %1138

1138:                                             ; preds = %1136, %1126
  %1139 = phi ptr [ %1137, %1136 ], [ %1124, %1126 ]
  %1140 = getelementptr inbounds i8, ptr %15, i64 8
  %1141 = load i64, ptr %1140, align 8, !tbaa !111
  %1142 = shl i64 %1141, 3
  call void @_ZdlPvm(ptr noundef %1139, i64 noundef %1142) #23
  br label %1143

1143:                                             ; preds = %1123, %1138
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %15) #24
  %1144 = load ptr, ptr %878, align 8, !tbaa !112
  %1145 = icmp eq ptr %1144, null
  br i1 %1145, label %1158, label %1146

1146:                                             ; preds = %1143, %1156
  %1147 = phi ptr [ %1148, %1156 ], [ %1144, %1143 ]
  %1148 = load ptr, ptr %1147, align 8, !tbaa !51
  %1149 = getelementptr inbounds i8, ptr %1147, i64 8
  %1150 = load ptr, ptr %1149, align 8, !tbaa !36
  %1151 = getelementptr inbounds i8, ptr %1147, i64 24
  %1152 = icmp eq ptr %1150, %1151
  br i1 %1152, label %1156, label %1153

1153:                                             ; preds = %1146
  %1154 = load i64, ptr %1151, align 8, !tbaa !38
  %1155 = add i64 %1154, 1
  call void @_ZdlPvm(ptr noundef %1150, i64 noundef %1155) #23
  br label %1156

1156:                                             ; preds = %1153, %1146
  call void @_ZdlPvm(ptr noundef nonnull %1147, i64 noundef 48) #23
  %1157 = icmp eq ptr %1148, null
  br i1 %1157, label %1158, label %1146, !llvm.loop !113

1158:                                             ; preds = %1156, %1143
  %1159 = load ptr, ptr %13, align 8, !tbaa !70
  %1160 = load i64, ptr %877, align 8, !tbaa !72
  %1161 = shl i64 %1160, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1159, i8 0, i64 %1161, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %878, i8 0, i64 16, i1 false)
  %1162 = load ptr, ptr %13, align 8, !tbaa !70
  %1163 = icmp eq ptr %876, %1162
  br i1 %1163, label %1167, label %1164

1164:                                             ; preds = %1158
  %1165 = load i64, ptr %877, align 8, !tbaa !72
  %1166 = shl i64 %1165, 3
  call void @_ZdlPvm(ptr noundef %1162, i64 noundef %1166) #23
  br label %1167

1167:                                             ; preds = %1158, %1164
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %13) #24
  %1168 = ptrtoint ptr %853 to i64
  %1169 = ptrtoint ptr %854 to i64
  %1170 = sub i64 %1168, %1169
  call void @_ZdlPvm(ptr noundef nonnull %854, i64 noundef %1170) #23
  %1171 = load ptr, ptr %523, align 8, !tbaa !50
  %1172 = icmp eq ptr %1171, null
  br i1 %1172, label %1177, label %1173

1173:                                             ; preds = %1167, %1173
  %1174 = phi ptr [ %1175, %1173 ], [ %1171, %1167 ]
  %1175 = load ptr, ptr %1174, align 8, !tbaa !51
  call void @_ZdlPvm(ptr noundef nonnull %1174, i64 noundef 16) #23
  %1176 = icmp eq ptr %1175, null
  br i1 %1176, label %1177, label %1173, !llvm.loop !114

1177:                                             ; preds = %1173, %1167
  %1178 = load ptr, ptr %12, align 8, !tbaa !43
  %1179 = load i64, ptr %522, align 8, !tbaa !48
  %1180 = shl i64 %1179, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1178, i8 0, i64 %1180, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %523, i8 0, i64 16, i1 false)
  %1181 = load ptr, ptr %12, align 8, !tbaa !43
  %1182 = icmp eq ptr %521, %1181
  br i1 %1182, label %1186, label %1183

1183:                                             ; preds = %1177
  %1184 = load i64, ptr %522, align 8, !tbaa !48
  %1185 = shl i64 %1184, 3
  call void @_ZdlPvm(ptr noundef %1181, i64 noundef %1185) #23
  br label %1186

1186:                                             ; preds = %1177, %1183
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #24
  %1187 = load ptr, ptr %486, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr noundef %1187)
          to label %1191 unwind label %1188

1188:                                             ; preds = %1186
  %1189 = landingpad { ptr, i32 }
          catch ptr null
  %1190 = extractvalue { ptr, i32 } %1189, 0
  call void @__clang_call_terminate(ptr %1190) #26
  unreachable

1191:                                             ; preds = %1186
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #24
  %1192 = load ptr, ptr %294, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %1192)
          to label %1196 unwind label %1193

1193:                                             ; preds = %1191
  %1194 = landingpad { ptr, i32 }
          catch ptr null
  %1195 = extractvalue { ptr, i32 } %1194, 0
  call void @__clang_call_terminate(ptr %1195) #26
  unreachable

1196:                                             ; preds = %1191
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #24
  call void @_ZdlPvm(ptr noundef nonnull %204, i64 noundef 40) #23
  call void @_ZdlPvm(ptr noundef nonnull %97, i64 noundef %23) #23
  %1197 = icmp eq ptr %81, null
  br i1 %1197, label %1201, label %1198

1198:                                             ; preds = %1196
  %1199 = ptrtoint ptr %79 to i64
  %1200 = sub i64 %1199, %22
  call void @_ZdlPvm(ptr noundef nonnull %81, i64 noundef %1200) #23
  br label %1201

1201:                                             ; preds = %1196, %1198
  ret i32 0

1202:                                             ; preds = %1039
  %1203 = landingpad { ptr, i32 }
          cleanup
  %1204 = load ptr, ptr %17, align 8, !tbaa !97
  %1205 = icmp eq ptr %1204, %17
  br i1 %1205, label %1217, label %1206

1206:                                             ; preds = %1202, %1206
  %1207 = phi ptr [ %1208, %1206 ], [ %1204, %1202 ]
  %1208 = load ptr, ptr %1207, align 8, !tbaa !97
  call void @_ZdlPvm(ptr noundef %1207, i64 noundef 24) #23
  %1209 = icmp eq ptr %1208, %17
  br i1 %1209, label %1217, label %1206, !llvm.loop !104

1210:                                             ; preds = %1110, %1210
  %1211 = phi ptr [ %1215, %1210 ], [ %1113, %1110 ]
  %1212 = getelementptr inbounds i8, ptr %1211, i64 16
  %1213 = load i32, ptr %1212, align 4, !tbaa !5
  %1214 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %1213)
  %1215 = load ptr, ptr %1211, align 8, !tbaa !97
  %1216 = icmp eq ptr %1215, %17
  br i1 %1216, label %1115, label %1210

1217:                                             ; preds = %1018, %1206, %1202, %1014
  %1218 = phi { ptr, i32 } [ %1015, %1014 ], [ %1203, %1202 ], [ %1203, %1206 ], [ %1015, %1018 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %17) #24
  br label %1219

1219:                                             ; preds = %1217, %968
  %1220 = phi { ptr, i32 } [ %969, %968 ], [ %1218, %1217 ]
  call void @_ZNSt5dequeIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %15) #24
  br label %1221

1221:                                             ; preds = %1219, %955
  %1222 = phi { ptr, i32 } [ %1220, %1219 ], [ %956, %955 ]
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %15) #24
  br label %1223

1223:                                             ; preds = %1221, %937
  %1224 = phi { ptr, i32 } [ %938, %937 ], [ %1222, %1221 ]
  call void @_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %13) #24
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %13) #24
  %1225 = ptrtoint ptr %853 to i64
  %1226 = ptrtoint ptr %854 to i64
  %1227 = sub i64 %1225, %1226
  call void @_ZdlPvm(ptr noundef nonnull %854, i64 noundef %1227) #23
  br label %1228

1228:                                             ; preds = %551, %1223, %606, %597
  %1229 = phi { ptr, i32 } [ %607, %606 ], [ %598, %597 ], [ %552, %551 ], [ %1224, %1223 ]
  call void @_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %12) #24
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #24
  call void @_ZNSt3setIiSt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #24
  br label %1230

1230:                                             ; preds = %1228, %561
  %1231 = phi { ptr, i32 } [ %1229, %1228 ], [ %562, %561 ]
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #24
  br label %1232

1232:                                             ; preds = %1230, %560, %359
  %1233 = phi { ptr, i32 } [ %360, %359 ], [ %554, %560 ], [ %1231, %1230 ]
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %6) #24
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #24
  br label %1234

1234:                                             ; preds = %306, %308, %1232
  %1235 = phi { ptr, i32 } [ %1233, %1232 ], [ %309, %308 ], [ %307, %306 ]
  call void @_ZdlPvm(ptr noundef nonnull %204, i64 noundef 40) #23
  br label %1236

1236:                                             ; preds = %304, %1234, %302
  %1237 = phi { ptr, i32 } [ %303, %302 ], [ %1235, %1234 ], [ %305, %304 ]
  %1238 = phi ptr [ %33, %302 ], [ %97, %1234 ], [ %97, %304 ]
  call void @_ZdlPvm(ptr noundef nonnull %1238, i64 noundef %23) #23
  br label %1239

1239:                                             ; preds = %85, %87, %300, %1236
  %1240 = phi ptr [ %79, %300 ], [ %79, %1236 ], [ %38, %85 ], [ %38, %87 ]
  %1241 = phi ptr [ %81, %300 ], [ %81, %1236 ], [ %37, %85 ], [ %37, %87 ]
  %1242 = phi { ptr, i32 } [ %301, %300 ], [ %1237, %1236 ], [ %86, %85 ], [ %88, %87 ]
  %1243 = icmp eq ptr %1241, null
  br i1 %1243, label %1248, label %1244

1244:                                             ; preds = %1239
  %1245 = ptrtoint ptr %1240 to i64
  %1246 = ptrtoint ptr %1241 to i64
  %1247 = sub i64 %1245, %1246
  call void @_ZdlPvm(ptr noundef nonnull %1241, i64 noundef %1247) #23
  br label %1248

1248:                                             ; preds = %1239, %1244
  resume { ptr, i32 } %1242
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::tuple", align 8
  %4 = alloca %"class.std::tuple.76", align 1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !28
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = icmp eq ptr %6, null
  br i1 %8, label %58, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  %11 = load i64, ptr %10, align 8, !tbaa !39
  %12 = load ptr, ptr %1, align 8
  br label %13

13:                                               ; preds = %30, %9
  %14 = phi ptr [ %6, %9 ], [ %36, %30 ]
  %15 = phi ptr [ %7, %9 ], [ %33, %30 ]
  %16 = getelementptr inbounds i8, ptr %14, i64 40
  %17 = load i64, ptr %16, align 8, !tbaa !39
  %18 = tail call i64 @llvm.umin.i64(i64 %11, i64 %17)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %14, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !36
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %12, i64 noundef %18) #24
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %20, %13
  %26 = sub i64 %17, %11
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %25, %20
  %31 = phi i32 [ %23, %20 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  %33 = select i1 %32, ptr %15, ptr %14
  %34 = select i1 %32, i64 24, i64 16
  %35 = getelementptr inbounds i8, ptr %14, i64 %34
  %36 = load ptr, ptr %35, align 8, !tbaa !32
  %37 = icmp eq ptr %36, null
  br i1 %37, label %38, label %13, !llvm.loop !40

38:                                               ; preds = %30
  %39 = icmp eq ptr %33, %7
  br i1 %39, label %58, label %40

40:                                               ; preds = %38
  %41 = getelementptr inbounds i8, ptr %33, i64 40
  %42 = load i64, ptr %41, align 8, !tbaa !39
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 %11)
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %50, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds i8, ptr %33, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !36
  %48 = tail call i32 @memcmp(ptr noundef %12, ptr noundef %47, i64 noundef %43) #24
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %45, %40
  %51 = sub i64 %11, %42
  %52 = tail call i64 @llvm.smax.i64(i64 %51, i64 -2147483648)
  %53 = tail call i64 @llvm.smin.i64(i64 %52, i64 2147483647)
  %54 = trunc nsw i64 %53 to i32
  br label %55

55:                                               ; preds = %45, %50
  %56 = phi i32 [ %48, %45 ], [ %54, %50 ]
  %57 = icmp slt i32 %56, 0
  br i1 %57, label %58, label %61

58:                                               ; preds = %2, %38, %55
  %59 = phi ptr [ %33, %55 ], [ %33, %38 ], [ %7, %2 ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store ptr %1, ptr %3, align 8, !tbaa !32, !alias.scope !115
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #24
  %60 = call ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %59, ptr noundef nonnull align 1 dereferenceable(1) @_ZSt19piecewise_construct, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4)
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  br label %61

61:                                               ; preds = %58, %55
  %62 = phi ptr [ %60, %58 ], [ %33, %55 ]
  %63 = getelementptr inbounds i8, ptr %62, i64 64
  ret ptr %63
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr %2) unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, i8 0, i64 24, i1 false)
  store ptr %4, ptr %6, align 8, !tbaa !29
  %7 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %4, ptr %7, align 8, !tbaa !30
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %8, align 8, !tbaa !31
  %9 = icmp eq ptr %1, %2
  br i1 %9, label %63, label %10

10:                                               ; preds = %3, %59
  %11 = phi i64 [ %60, %59 ], [ 0, %3 ]
  %12 = phi ptr [ %61, %59 ], [ %1, %3 ]
  %13 = icmp eq i64 %11, 0
  %14 = load i32, ptr %12, align 4, !tbaa !5
  br i1 %13, label %20, label %15

15:                                               ; preds = %10
  %16 = load ptr, ptr %7, align 8, !tbaa !32
  %17 = getelementptr inbounds i8, ptr %16, i64 32
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = icmp slt i32 %18, %14
  br i1 %19, label %45, label %20

20:                                               ; preds = %15, %10
  %21 = load ptr, ptr %5, align 8, !tbaa !32
  %22 = icmp eq ptr %21, null
  br i1 %22, label %33, label %23

23:                                               ; preds = %20, %23
  %24 = phi ptr [ %30, %23 ], [ %21, %20 ]
  %25 = getelementptr inbounds i8, ptr %24, i64 32
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = icmp slt i32 %14, %26
  %28 = select i1 %27, i64 16, i64 24
  %29 = getelementptr inbounds i8, ptr %24, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !32
  %31 = icmp eq ptr %30, null
  br i1 %31, label %32, label %23, !llvm.loop !118

32:                                               ; preds = %23
  br i1 %27, label %33, label %41

33:                                               ; preds = %32, %20
  %34 = phi ptr [ %24, %32 ], [ %4, %20 ]
  %35 = load ptr, ptr %6, align 8, !tbaa !29
  %36 = icmp eq ptr %34, %35
  br i1 %36, label %45, label %37

37:                                               ; preds = %33
  %38 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %34) #25
  %39 = getelementptr inbounds i8, ptr %38, i64 32
  %40 = load i32, ptr %39, align 4, !tbaa !5
  br label %41

41:                                               ; preds = %37, %32
  %42 = phi i32 [ %40, %37 ], [ %26, %32 ]
  %43 = phi ptr [ %34, %37 ], [ %24, %32 ]
  %44 = icmp slt i32 %42, %14
  br i1 %44, label %45, label %59

45:                                               ; preds = %41, %15, %33
  %46 = phi ptr [ %34, %33 ], [ %16, %15 ], [ %43, %41 ]
  %47 = icmp eq ptr %4, %46
  br i1 %47, label %52, label %48

48:                                               ; preds = %45
  %49 = getelementptr inbounds i8, ptr %46, i64 32
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = icmp slt i32 %14, %50
  br label %52

52:                                               ; preds = %48, %45
  %53 = phi i1 [ true, %45 ], [ %51, %48 ]
  %54 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #22
          to label %55 unwind label %64

55:                                               ; preds = %52
  %56 = getelementptr inbounds i8, ptr %54, i64 32
  store i32 %14, ptr %56, align 4, !tbaa !5
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %53, ptr noundef nonnull %54, ptr noundef nonnull %46, ptr noundef nonnull align 8 dereferenceable(32) %4) #24
  %57 = load i64, ptr %8, align 8, !tbaa !31
  %58 = add i64 %57, 1
  store i64 %58, ptr %8, align 8, !tbaa !31
  br label %59

59:                                               ; preds = %41, %55
  %60 = phi i64 [ %11, %41 ], [ %58, %55 ]
  %61 = getelementptr inbounds i8, ptr %12, i64 4
  %62 = icmp eq ptr %61, %2
  br i1 %62, label %63, label %10, !llvm.loop !119

63:                                               ; preds = %59, %3
  ret void

64:                                               ; preds = %52
  %65 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) #24
  resume { ptr, i32 } %65
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %0) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = alloca %"struct.std::__detail::_Scratch_list", align 8
  %3 = alloca [64 x %"struct.std::__detail::_Scratch_list"], align 16
  %4 = load ptr, ptr %0, align 8, !tbaa !97
  %5 = icmp eq ptr %4, %0
  br i1 %5, label %110, label %6

6:                                                ; preds = %1
  %7 = load ptr, ptr %4, align 8, !tbaa !97
  %8 = icmp eq ptr %7, %0
  br i1 %8, label %110, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #24
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %10, align 8, !tbaa !95
  store ptr %2, ptr %2, align 8, !tbaa !97
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #24
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %24, %11 ]
  %13 = getelementptr inbounds i8, ptr %3, i64 %12
  %14 = getelementptr inbounds i8, ptr %13, i64 8
  store ptr %13, ptr %14, align 8, !tbaa !95
  store ptr %13, ptr %13, align 16, !tbaa !97
  %15 = or disjoint i64 %12, 16
  %16 = getelementptr inbounds i8, ptr %3, i64 %15
  %17 = getelementptr inbounds i8, ptr %16, i64 8
  store ptr %16, ptr %17, align 8, !tbaa !95
  store ptr %16, ptr %16, align 16, !tbaa !97
  %18 = or disjoint i64 %12, 32
  %19 = getelementptr inbounds i8, ptr %3, i64 %18
  %20 = getelementptr inbounds i8, ptr %19, i64 8
  store ptr %19, ptr %20, align 8, !tbaa !95
  store ptr %19, ptr %19, align 16, !tbaa !97
  %21 = or disjoint i64 %12, 48
  %22 = getelementptr inbounds i8, ptr %3, i64 %21
  %23 = getelementptr inbounds i8, ptr %22, i64 8
  store ptr %22, ptr %23, align 8, !tbaa !95
  store ptr %22, ptr %22, align 16, !tbaa !97
  %24 = add nuw nsw i64 %12, 64
  %25 = icmp eq i64 %24, 1024
  br i1 %25, label %26, label %11

26:                                               ; preds = %11, %62
  %27 = phi ptr [ %67, %62 ], [ %4, %11 ]
  %28 = phi i64 [ %66, %62 ], [ 0, %11 ]
  %29 = getelementptr inbounds i8, ptr %3, i64 %28
  %30 = load ptr, ptr %27, align 8, !tbaa !97
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull %27, ptr noundef %30) #24
  %31 = icmp eq i64 %28, 0
  br i1 %31, label %62, label %32

32:                                               ; preds = %26, %59
  %33 = phi ptr [ %60, %59 ], [ %3, %26 ]
  %34 = load ptr, ptr %33, align 8, !tbaa !97
  %35 = icmp ne ptr %34, %33
  br i1 %35, label %36, label %62

36:                                               ; preds = %32
  %37 = load ptr, ptr %2, align 8, !tbaa !97
  %38 = icmp eq ptr %37, %2
  br i1 %38, label %59, label %39

39:                                               ; preds = %36, %51
  %40 = phi ptr [ %53, %51 ], [ %34, %36 ]
  %41 = phi ptr [ %52, %51 ], [ %37, %36 ]
  %42 = getelementptr inbounds i8, ptr %41, i64 16
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %40, i64 16
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %43, %45
  br i1 %46, label %47, label %49

47:                                               ; preds = %39
  %48 = load ptr, ptr %41, align 8, !tbaa !97
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %40, ptr noundef nonnull %41, ptr noundef %48) #24
  br label %51

49:                                               ; preds = %39
  %50 = load ptr, ptr %40, align 8, !tbaa !97
  br label %51

51:                                               ; preds = %49, %47
  %52 = phi ptr [ %48, %47 ], [ %41, %49 ]
  %53 = phi ptr [ %40, %47 ], [ %50, %49 ]
  %54 = icmp ne ptr %53, %33
  %55 = icmp ne ptr %52, %2
  %56 = and i1 %55, %54
  br i1 %56, label %39, label %57, !llvm.loop !120

57:                                               ; preds = %51
  br i1 %55, label %58, label %59

58:                                               ; preds = %57
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %33, ptr noundef %52, ptr noundef nonnull %2) #24
  br label %59

59:                                               ; preds = %36, %58, %57
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %33) #24
  %60 = getelementptr inbounds i8, ptr %33, i64 16
  %61 = icmp eq ptr %60, %29
  br i1 %61, label %62, label %32, !llvm.loop !121

62:                                               ; preds = %32, %59, %26
  %63 = phi ptr [ %3, %26 ], [ %29, %59 ], [ %33, %32 ]
  %64 = phi i1 [ true, %26 ], [ %35, %59 ], [ false, %32 ]
  %65 = phi i64 [ 16, %26 ], [ 16, %59 ], [ 0, %32 ]
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %63) #24
  %66 = add nuw nsw i64 %28, %65
  %67 = load ptr, ptr %0, align 8, !tbaa !97
  %68 = icmp eq ptr %67, %0
  br i1 %68, label %69, label %26, !llvm.loop !122

69:                                               ; preds = %62
  %70 = getelementptr inbounds i8, ptr %3, i64 %66
  %71 = icmp eq i64 %66, 16
  br i1 %71, label %107, label %72

72:                                               ; preds = %69
  %73 = getelementptr inbounds i8, ptr %3, i64 16
  br label %74

74:                                               ; preds = %72, %104
  %75 = phi ptr [ %105, %104 ], [ %73, %72 ]
  %76 = phi ptr [ %75, %104 ], [ %3, %72 ]
  %77 = load ptr, ptr %75, align 8, !tbaa !97
  %78 = load ptr, ptr %76, align 8, !tbaa !97
  %79 = icmp ne ptr %77, %75
  %80 = icmp ne ptr %78, %76
  %81 = select i1 %79, i1 %80, i1 false
  br i1 %81, label %82, label %100

82:                                               ; preds = %74, %94
  %83 = phi ptr [ %96, %94 ], [ %77, %74 ]
  %84 = phi ptr [ %95, %94 ], [ %78, %74 ]
  %85 = getelementptr inbounds i8, ptr %84, i64 16
  %86 = load i32, ptr %85, align 4, !tbaa !5
  %87 = getelementptr inbounds i8, ptr %83, i64 16
  %88 = load i32, ptr %87, align 4, !tbaa !5
  %89 = icmp slt i32 %86, %88
  br i1 %89, label %90, label %92

90:                                               ; preds = %82
  %91 = load ptr, ptr %84, align 8, !tbaa !97
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %83, ptr noundef nonnull %84, ptr noundef %91) #24
  br label %94

92:                                               ; preds = %82
  %93 = load ptr, ptr %83, align 8, !tbaa !97
  br label %94

94:                                               ; preds = %92, %90
  %95 = phi ptr [ %91, %90 ], [ %84, %92 ]
  %96 = phi ptr [ %83, %90 ], [ %93, %92 ]
  %97 = icmp ne ptr %96, %75
  %98 = icmp ne ptr %95, %76
  %99 = and i1 %98, %97
  br i1 %99, label %82, label %100, !llvm.loop !120

100:                                              ; preds = %94, %74
  %101 = phi ptr [ %78, %74 ], [ %95, %94 ]
  %102 = phi i1 [ %80, %74 ], [ %98, %94 ]
  br i1 %102, label %103, label %104

103:                                              ; preds = %100
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %75, ptr noundef %101, ptr noundef nonnull %76) #24
  br label %104

104:                                              ; preds = %100, %103
  %105 = getelementptr inbounds i8, ptr %75, i64 16
  %106 = icmp eq ptr %105, %70
  br i1 %106, label %107, label %74

107:                                              ; preds = %104, %69
  %108 = select i1 %64, i64 0, i64 -16
  %109 = getelementptr inbounds i8, ptr %29, i64 %108
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %109, ptr noundef nonnull align 8 dereferenceable(16) %0) #24
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #24
  br label %110

110:                                              ; preds = %107, %6, %1
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !107
  %3 = icmp eq ptr %2, null
  br i1 %3, label %23, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !108
  %8 = load ptr, ptr %5, align 8, !tbaa !109
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  %10 = icmp ult ptr %7, %9
  br i1 %10, label %11, label %18

11:                                               ; preds = %4, %11
  %12 = phi ptr [ %14, %11 ], [ %7, %4 ]
  %13 = load ptr, ptr %12, align 8, !tbaa !32
  tail call void @_ZdlPvm(ptr noundef %13, i64 noundef 512) #23
  %14 = getelementptr inbounds i8, ptr %12, i64 8
  %15 = icmp ult ptr %12, %8
  br i1 %15, label %11, label %16, !llvm.loop !110

16:                                               ; preds = %11
  %17 = load ptr, ptr %0, align 8, !tbaa !107
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi ptr [ %17, %16 ], [ %2, %4 ]
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !111
  %22 = shl i64 %21, 3
  tail call void @_ZdlPvm(ptr noundef %19, i64 noundef %22) #23
  br label %23

23:                                               ; preds = %1, %18
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !112
  %4 = icmp eq ptr %3, null
  br i1 %4, label %17, label %5

5:                                                ; preds = %1, %15
  %6 = phi ptr [ %7, %15 ], [ %3, %1 ]
  %7 = load ptr, ptr %6, align 8, !tbaa !51
  %8 = getelementptr inbounds i8, ptr %6, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !36
  %10 = getelementptr inbounds i8, ptr %6, i64 24
  %11 = icmp eq ptr %9, %10
  br i1 %11, label %15, label %12

12:                                               ; preds = %5
  %13 = load i64, ptr %10, align 8, !tbaa !38
  %14 = add i64 %13, 1
  tail call void @_ZdlPvm(ptr noundef %9, i64 noundef %14) #23
  br label %15

15:                                               ; preds = %12, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 48) #23
  %16 = icmp eq ptr %7, null
  br i1 %16, label %17, label %5, !llvm.loop !113

17:                                               ; preds = %15, %1
  %18 = load ptr, ptr %0, align 8, !tbaa !70
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !72
  %21 = shl i64 %20, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %18, i8 0, i64 %21, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %22 = load ptr, ptr %0, align 8, !tbaa !70
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = icmp eq ptr %23, %22
  br i1 %24, label %28, label %25

25:                                               ; preds = %17
  %26 = load i64, ptr %19, align 8, !tbaa !72
  %27 = shl i64 %26, 3
  tail call void @_ZdlPvm(ptr noundef %22, i64 noundef %27) #23
  br label %28

28:                                               ; preds = %17, %25
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #6 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !50
  %4 = icmp eq ptr %3, null
  br i1 %4, label %9, label %5

5:                                                ; preds = %1, %5
  %6 = phi ptr [ %7, %5 ], [ %3, %1 ]
  %7 = load ptr, ptr %6, align 8, !tbaa !51
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 16) #23
  %8 = icmp eq ptr %7, null
  br i1 %8, label %9, label %5, !llvm.loop !114

9:                                                ; preds = %5, %1
  %10 = load ptr, ptr %0, align 8, !tbaa !43
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i64, ptr %11, align 8, !tbaa !48
  %13 = shl i64 %12, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 %13, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %14 = load ptr, ptr %0, align 8, !tbaa !43
  %15 = getelementptr inbounds i8, ptr %0, i64 48
  %16 = icmp eq ptr %15, %14
  br i1 %16, label %20, label %17

17:                                               ; preds = %9
  %18 = load i64, ptr %11, align 8, !tbaa !48
  %19 = shl i64 %18, 3
  tail call void @_ZdlPvm(ptr noundef %14, i64 noundef %19) #23
  br label %20

20:                                               ; preds = %9, %17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3setIiSt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %7 unwind label %4

4:                                                ; preds = %1
  %5 = landingpad { ptr, i32 }
          catch ptr null
  %6 = extractvalue { ptr, i32 } %5, 0
  tail call void @__clang_call_terminate(ptr %6) #26
  unreachable

7:                                                ; preds = %1
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %7 unwind label %4

4:                                                ; preds = %1
  %5 = landingpad { ptr, i32 }
          catch ptr null
  %6 = extractvalue { ptr, i32 } %5, 0
  tail call void @__clang_call_terminate(ptr %6) #26
  unreachable

7:                                                ; preds = %1
  ret void
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #24
  tail call void @_ZSt9terminatev() #26
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = lshr i64 %1, 7
  %4 = add nuw nsw i64 %3, 1
  %5 = tail call i64 @llvm.umax.i64(i64 %3, i64 5)
  %6 = add nuw nsw i64 %5, 3
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %6, ptr %7, align 8, !tbaa !111
  %8 = shl nuw nsw i64 %6, 3
  %9 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %8) #22
  store ptr %9, ptr %0, align 8, !tbaa !107
  %10 = sub nsw i64 %6, %4
  %11 = lshr i64 %10, 1
  %12 = getelementptr inbounds ptr, ptr %9, i64 %11
  %13 = getelementptr inbounds ptr, ptr %12, i64 %4
  invoke void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull %12, ptr noundef nonnull %13)
          to label %24 unwind label %14

14:                                               ; preds = %2
  %15 = landingpad { ptr, i32 }
          catch ptr null
  %16 = extractvalue { ptr, i32 } %15, 0
  %17 = tail call ptr @__cxa_begin_catch(ptr %16) #24
  %18 = load ptr, ptr %0, align 8, !tbaa !107
  %19 = load i64, ptr %7, align 8, !tbaa !111
  %20 = shl i64 %19, 3
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef %20) #23
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  invoke void @__cxa_rethrow() #21
          to label %43 unwind label %21

21:                                               ; preds = %14
  %22 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %23 unwind label %40

23:                                               ; preds = %21
  resume { ptr, i32 } %22

24:                                               ; preds = %2
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = getelementptr inbounds i8, ptr %0, i64 40
  store ptr %12, ptr %26, align 8, !tbaa !77
  %27 = load ptr, ptr %12, align 8, !tbaa !32
  %28 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %27, ptr %28, align 8, !tbaa !94
  %29 = getelementptr inbounds i8, ptr %27, i64 512
  %30 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %29, ptr %30, align 8, !tbaa !81
  %31 = getelementptr inbounds i8, ptr %0, i64 48
  %32 = getelementptr inbounds i8, ptr %13, i64 -8
  %33 = getelementptr inbounds i8, ptr %0, i64 72
  store ptr %32, ptr %33, align 8, !tbaa !77
  %34 = load ptr, ptr %32, align 8, !tbaa !32
  %35 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %34, ptr %35, align 8, !tbaa !94
  %36 = getelementptr inbounds i8, ptr %34, i64 512
  %37 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %36, ptr %37, align 8, !tbaa !81
  store ptr %27, ptr %25, align 8, !tbaa !82
  %38 = and i64 %1, 127
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  store ptr %39, ptr %31, align 8, !tbaa !85
  ret void

40:                                               ; preds = %21
  %41 = landingpad { ptr, i32 }
          catch ptr null
  %42 = extractvalue { ptr, i32 } %41, 0
  tail call void @__clang_call_terminate(ptr %42) #26
  unreachable

43:                                               ; preds = %14
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = icmp ult ptr %1, %2
  br i1 %4, label %5, label %25

5:                                                ; preds = %3, %8
  %6 = phi ptr [ %9, %8 ], [ %1, %3 ]
  %7 = invoke noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
          to label %8 unwind label %11

8:                                                ; preds = %5
  store ptr %7, ptr %6, align 8, !tbaa !32
  %9 = getelementptr inbounds i8, ptr %6, i64 8
  %10 = icmp ult ptr %9, %2
  br i1 %10, label %5, label %25, !llvm.loop !123

11:                                               ; preds = %5
  %12 = landingpad { ptr, i32 }
          catch ptr null
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = tail call ptr @__cxa_begin_catch(ptr %13) #24
  %15 = icmp ugt ptr %6, %1
  br i1 %15, label %16, label %21

16:                                               ; preds = %11, %16
  %17 = phi ptr [ %19, %16 ], [ %1, %11 ]
  %18 = load ptr, ptr %17, align 8, !tbaa !32
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef 512) #23
  %19 = getelementptr inbounds i8, ptr %17, i64 8
  %20 = icmp ult ptr %19, %6
  br i1 %20, label %16, label %21, !llvm.loop !110

21:                                               ; preds = %16, %11
  invoke void @__cxa_rethrow() #21
          to label %29 unwind label %22

22:                                               ; preds = %21
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %26

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %8, %3
  ret void

26:                                               ; preds = %22
  %27 = landingpad { ptr, i32 }
          catch ptr null
  %28 = extractvalue { ptr, i32 } %27, 0
  tail call void @__clang_call_terminate(ptr %28) #26
  unreachable

29:                                               ; preds = %21
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #9

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #9

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %4 unwind label %5

4:                                                ; preds = %1
  ret void

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null
  %7 = extractvalue { ptr, i32 } %6, 0
  tail call void @__clang_call_terminate(ptr %7) #26
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %11, label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !124
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !125
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 40) #23
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !126

11:                                               ; preds = %4, %2
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %17
  %5 = phi ptr [ %9, %17 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !124
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !125
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = load ptr, ptr %10, align 8, !tbaa !36
  %12 = getelementptr inbounds i8, ptr %5, i64 48
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %17, label %14

14:                                               ; preds = %4
  %15 = load i64, ptr %12, align 8, !tbaa !38
  %16 = add i64 %15, 1
  tail call void @_ZdlPvm(ptr noundef %11, i64 noundef %16) #23
  br label %17

17:                                               ; preds = %4, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 72) #23
  %18 = icmp eq ptr %9, null
  br i1 %18, label %19, label %4, !llvm.loop !127

19:                                               ; preds = %17, %2
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr %0, ptr %1, i64 noundef %2) local_unnamed_addr #4 comdat {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %183

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 4
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %130

12:                                               ; preds = %178
  %13 = icmp eq i64 %134, 0
  br i1 %13, label %14, label %130, !llvm.loop !128

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %181, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %180, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %166, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 4
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds i32, ptr %0, i64 %24
  %26 = getelementptr inbounds i32, ptr %0, i64 %19
  br label %27

27:                                               ; preds = %66, %14
  %28 = phi i64 [ %19, %14 ], [ %70, %66 ]
  %29 = getelementptr inbounds i32, ptr %0, i64 %28
  %30 = load i32, ptr %29, align 4, !tbaa !5
  %31 = icmp sgt i64 %21, %28
  br i1 %31, label %32, label %47

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %42, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds i32, ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds i32, ptr %0, i64 %37
  %39 = load i32, ptr %36, align 4, !tbaa !5
  %40 = load i32, ptr %38, align 4, !tbaa !5
  %41 = icmp slt i32 %39, %40
  %42 = select i1 %41, i64 %37, i64 %35
  %43 = getelementptr inbounds i32, ptr %0, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = getelementptr inbounds i32, ptr %0, i64 %33
  store i32 %44, ptr %45, align 4, !tbaa !5
  %46 = icmp slt i64 %42, %21
  br i1 %46, label %32, label %47, !llvm.loop !129

47:                                               ; preds = %32, %27
  %48 = phi i64 [ %28, %27 ], [ %42, %32 ]
  %49 = icmp eq i64 %48, %19
  %50 = select i1 %23, i1 %49, i1 false
  br i1 %50, label %51, label %53

51:                                               ; preds = %47
  %52 = load i32, ptr %25, align 4, !tbaa !5
  store i32 %52, ptr %26, align 4, !tbaa !5
  br label %53

53:                                               ; preds = %51, %47
  %54 = phi i64 [ %24, %51 ], [ %48, %47 ]
  %55 = icmp sgt i64 %54, %28
  br i1 %55, label %56, label %66

56:                                               ; preds = %53, %63
  %57 = phi i64 [ %59, %63 ], [ %54, %53 ]
  %58 = add nsw i64 %57, -1
  %59 = sdiv i64 %58, 2
  %60 = getelementptr inbounds i32, ptr %0, i64 %59
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = icmp slt i32 %61, %30
  br i1 %62, label %63, label %66

63:                                               ; preds = %56
  %64 = getelementptr inbounds i32, ptr %0, i64 %57
  store i32 %61, ptr %64, align 4, !tbaa !5
  %65 = icmp sgt i64 %59, %28
  br i1 %65, label %56, label %66, !llvm.loop !130

66:                                               ; preds = %63, %56, %53
  %67 = phi i64 [ %54, %53 ], [ %59, %63 ], [ %57, %56 ]
  %68 = getelementptr inbounds i32, ptr %0, i64 %67
  store i32 %30, ptr %68, align 4, !tbaa !5
  %69 = icmp eq i64 %28, 0
  %70 = add nsw i64 %28, -1
  br i1 %69, label %71, label %27, !llvm.loop !131

71:                                               ; preds = %66
  %72 = icmp sgt i64 %16, 4
  br i1 %72, label %73, label %183

73:                                               ; preds = %71, %126
  %74 = phi ptr [ %75, %126 ], [ %17, %71 ]
  %75 = getelementptr inbounds i8, ptr %74, i64 -4
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %77, ptr %75, align 4, !tbaa !5
  %78 = ptrtoint ptr %75 to i64
  %79 = sub i64 %78, %4
  %80 = ashr exact i64 %79, 2
  %81 = add nsw i64 %80, -1
  %82 = sdiv i64 %81, 2
  %83 = icmp sgt i64 %80, 2
  br i1 %83, label %84, label %99

84:                                               ; preds = %73, %84
  %85 = phi i64 [ %94, %84 ], [ 0, %73 ]
  %86 = shl i64 %85, 1
  %87 = add i64 %86, 2
  %88 = getelementptr inbounds i32, ptr %0, i64 %87
  %89 = or disjoint i64 %86, 1
  %90 = getelementptr inbounds i32, ptr %0, i64 %89
  %91 = load i32, ptr %88, align 4, !tbaa !5
  %92 = load i32, ptr %90, align 4, !tbaa !5
  %93 = icmp slt i32 %91, %92
  %94 = select i1 %93, i64 %89, i64 %87
  %95 = getelementptr inbounds i32, ptr %0, i64 %94
  %96 = load i32, ptr %95, align 4, !tbaa !5
  %97 = getelementptr inbounds i32, ptr %0, i64 %85
  store i32 %96, ptr %97, align 4, !tbaa !5
  %98 = icmp slt i64 %94, %82
  br i1 %98, label %84, label %99, !llvm.loop !129

99:                                               ; preds = %84, %73
  %100 = phi i64 [ 0, %73 ], [ %94, %84 ]
  %101 = and i64 %79, 4
  %102 = icmp eq i64 %101, 0
  br i1 %102, label %103, label %113

103:                                              ; preds = %99
  %104 = add nsw i64 %80, -2
  %105 = ashr exact i64 %104, 1
  %106 = icmp eq i64 %100, %105
  br i1 %106, label %107, label %113

107:                                              ; preds = %103
  %108 = shl nsw i64 %100, 1
  %109 = or disjoint i64 %108, 1
  %110 = getelementptr inbounds i32, ptr %0, i64 %109
  %111 = load i32, ptr %110, align 4, !tbaa !5
  %112 = getelementptr inbounds i32, ptr %0, i64 %100
  store i32 %111, ptr %112, align 4, !tbaa !5
  br label %113

113:                                              ; preds = %107, %103, %99
  %114 = phi i64 [ %109, %107 ], [ %100, %103 ], [ %100, %99 ]
  %115 = icmp sgt i64 %114, 0
  br i1 %115, label %116, label %126

116:                                              ; preds = %113, %123
  %117 = phi i64 [ %119, %123 ], [ %114, %113 ]
  %118 = add nsw i64 %117, -1
  %119 = lshr i64 %118, 1
  %120 = getelementptr inbounds i32, ptr %0, i64 %119
  %121 = load i32, ptr %120, align 4, !tbaa !5
  %122 = icmp slt i32 %121, %76
  br i1 %122, label %123, label %126

123:                                              ; preds = %116
  %124 = getelementptr inbounds i32, ptr %0, i64 %117
  store i32 %121, ptr %124, align 4, !tbaa !5
  %125 = icmp ult i64 %118, 2
  br i1 %125, label %126, label %116, !llvm.loop !130

126:                                              ; preds = %123, %116, %113
  %127 = phi i64 [ %114, %113 ], [ %117, %116 ], [ 0, %123 ]
  %128 = getelementptr inbounds i32, ptr %0, i64 %127
  store i32 %76, ptr %128, align 4, !tbaa !5
  %129 = icmp sgt i64 %79, 4
  br i1 %129, label %73, label %183, !llvm.loop !132

130:                                              ; preds = %9, %12
  %131 = phi ptr [ %166, %12 ], [ %1, %9 ]
  %132 = phi i64 [ %134, %12 ], [ %2, %9 ]
  %133 = phi i64 [ %181, %12 ], [ %7, %9 ]
  %134 = add nsw i64 %132, -1
  %135 = lshr i64 %133, 1
  %136 = getelementptr inbounds i32, ptr %0, i64 %135
  %137 = getelementptr inbounds i8, ptr %131, i64 -4
  %138 = load i32, ptr %10, align 4, !tbaa !5
  %139 = load i32, ptr %136, align 4, !tbaa !5
  %140 = icmp slt i32 %138, %139
  %141 = load i32, ptr %137, align 4, !tbaa !5
  br i1 %140, label %142, label %151

142:                                              ; preds = %130
  %143 = icmp slt i32 %139, %141
  br i1 %143, label %144, label %146

144:                                              ; preds = %142
  %145 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %145, ptr %136, align 4, !tbaa !5
  br label %160

146:                                              ; preds = %142
  %147 = icmp slt i32 %138, %141
  %148 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %147, label %149, label %150

149:                                              ; preds = %146
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %137, align 4, !tbaa !5
  br label %160

150:                                              ; preds = %146
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %148, ptr %10, align 4, !tbaa !5
  br label %160

151:                                              ; preds = %130
  %152 = icmp slt i32 %138, %141
  br i1 %152, label %153, label %155

153:                                              ; preds = %151
  %154 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %138, ptr %0, align 4, !tbaa !5
  store i32 %154, ptr %10, align 4, !tbaa !5
  br label %160

155:                                              ; preds = %151
  %156 = icmp slt i32 %139, %141
  %157 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %156, label %158, label %159

158:                                              ; preds = %155
  store i32 %141, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %137, align 4, !tbaa !5
  br label %160

159:                                              ; preds = %155
  store i32 %139, ptr %0, align 4, !tbaa !5
  store i32 %157, ptr %136, align 4, !tbaa !5
  br label %160

160:                                              ; preds = %159, %158, %153, %150, %149, %144
  br label %161

161:                                              ; preds = %160, %177
  %162 = phi ptr [ %169, %177 ], [ %10, %160 ]
  %163 = phi ptr [ %172, %177 ], [ %131, %160 ]
  %164 = load i32, ptr %0, align 4, !tbaa !5
  br label %165

165:                                              ; preds = %165, %161
  %166 = phi ptr [ %162, %161 ], [ %169, %165 ]
  %167 = load i32, ptr %166, align 4, !tbaa !5
  %168 = icmp slt i32 %167, %164
  %169 = getelementptr inbounds i8, ptr %166, i64 4
  br i1 %168, label %165, label %170, !llvm.loop !133

170:                                              ; preds = %165, %170
  %171 = phi ptr [ %172, %170 ], [ %163, %165 ]
  %172 = getelementptr inbounds i8, ptr %171, i64 -4
  %173 = load i32, ptr %172, align 4, !tbaa !5
  %174 = icmp slt i32 %164, %173
  br i1 %174, label %170, label %175, !llvm.loop !134

175:                                              ; preds = %170
  %176 = icmp ult ptr %166, %172
  br i1 %176, label %177, label %178

177:                                              ; preds = %175
  store i32 %173, ptr %166, align 4, !tbaa !5
  store i32 %167, ptr %172, align 4, !tbaa !5
  br label %161, !llvm.loop !135

178:                                              ; preds = %175
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(ptr nonnull %166, ptr %131, i64 noundef %134)
  %179 = ptrtoint ptr %166 to i64
  %180 = sub i64 %179, %4
  %181 = ashr exact i64 %180, 2
  %182 = icmp sgt i64 %181, 16
  br i1 %182, label %12, label %183, !llvm.loop !128

183:                                              ; preds = %178, %126, %3, %71
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(ptr %0, ptr %1) local_unnamed_addr #4 comdat {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp sgt i64 %5, 64
  br i1 %6, label %7, label %51

7:                                                ; preds = %2
  %8 = getelementptr i8, ptr %0, i64 4
  br label %9

9:                                                ; preds = %27, %7
  %10 = phi i64 [ 4, %7 ], [ %29, %27 ]
  %11 = phi ptr [ %0, %7 ], [ %12, %27 ]
  %12 = getelementptr inbounds i8, ptr %0, i64 %10
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = load i32, ptr %0, align 4, !tbaa !5
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %9
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %8, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %10, i1 false)
  br label %27

17:                                               ; preds = %9
  %18 = load i32, ptr %11, align 4, !tbaa !5
  %19 = icmp slt i32 %13, %18
  br i1 %19, label %20, label %27

20:                                               ; preds = %17, %20
  %21 = phi i32 [ %25, %20 ], [ %18, %17 ]
  %22 = phi ptr [ %24, %20 ], [ %11, %17 ]
  %23 = phi ptr [ %22, %20 ], [ %12, %17 ]
  store i32 %21, ptr %23, align 4, !tbaa !5
  %24 = getelementptr inbounds i8, ptr %22, i64 -4
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp slt i32 %13, %25
  br i1 %26, label %20, label %27, !llvm.loop !136

27:                                               ; preds = %20, %17, %16
  %28 = phi ptr [ %0, %16 ], [ %12, %17 ], [ %22, %20 ]
  store i32 %13, ptr %28, align 4, !tbaa !5
  %29 = add nuw nsw i64 %10, 4
  %30 = icmp eq i64 %29, 64
  br i1 %30, label %31, label %9, !llvm.loop !137

31:                                               ; preds = %27
  %32 = getelementptr inbounds i8, ptr %0, i64 64
  %33 = icmp eq ptr %32, %1
  br i1 %33, label %83, label %34

34:                                               ; preds = %31, %47
  %35 = phi ptr [ %49, %47 ], [ %32, %31 ]
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = getelementptr inbounds i8, ptr %35, i64 -4
  %38 = load i32, ptr %37, align 4, !tbaa !5
  %39 = icmp slt i32 %36, %38
  br i1 %39, label %40, label %47

40:                                               ; preds = %34, %40
  %41 = phi i32 [ %45, %40 ], [ %38, %34 ]
  %42 = phi ptr [ %44, %40 ], [ %37, %34 ]
  %43 = phi ptr [ %42, %40 ], [ %35, %34 ]
  store i32 %41, ptr %43, align 4, !tbaa !5
  %44 = getelementptr inbounds i8, ptr %42, i64 -4
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = icmp slt i32 %36, %45
  br i1 %46, label %40, label %47, !llvm.loop !136

47:                                               ; preds = %40, %34
  %48 = phi ptr [ %35, %34 ], [ %42, %40 ]
  store i32 %36, ptr %48, align 4, !tbaa !5
  %49 = getelementptr inbounds i8, ptr %35, i64 4
  %50 = icmp eq ptr %49, %1
  br i1 %50, label %83, label %34, !llvm.loop !138

51:                                               ; preds = %2
  %52 = icmp eq ptr %0, %1
  %53 = getelementptr inbounds i8, ptr %0, i64 4
  %54 = icmp eq ptr %53, %1
  %55 = select i1 %52, i1 true, i1 %54
  br i1 %55, label %83, label %56

56:                                               ; preds = %51, %79
  %57 = phi ptr [ %81, %79 ], [ %53, %51 ]
  %58 = phi ptr [ %57, %79 ], [ %0, %51 ]
  %59 = load i32, ptr %57, align 4, !tbaa !5
  %60 = load i32, ptr %0, align 4, !tbaa !5
  %61 = icmp slt i32 %59, %60
  br i1 %61, label %62, label %69

62:                                               ; preds = %56
  %63 = getelementptr inbounds i8, ptr %58, i64 8
  %64 = ptrtoint ptr %57 to i64
  %65 = sub i64 %64, %4
  %66 = ashr exact i64 %65, 2
  %67 = sub nsw i64 0, %66
  %68 = getelementptr inbounds i32, ptr %63, i64 %67
  tail call void @llvm.memmove.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1) %68, ptr noundef nonnull align 4 dereferenceable(1) %0, i64 %65, i1 false)
  br label %79

69:                                               ; preds = %56
  %70 = load i32, ptr %58, align 4, !tbaa !5
  %71 = icmp slt i32 %59, %70
  br i1 %71, label %72, label %79

72:                                               ; preds = %69, %72
  %73 = phi i32 [ %77, %72 ], [ %70, %69 ]
  %74 = phi ptr [ %76, %72 ], [ %58, %69 ]
  %75 = phi ptr [ %74, %72 ], [ %57, %69 ]
  store i32 %73, ptr %75, align 4, !tbaa !5
  %76 = getelementptr inbounds i8, ptr %74, i64 -4
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = icmp slt i32 %59, %77
  br i1 %78, label %72, label %79, !llvm.loop !136

79:                                               ; preds = %72, %69, %62
  %80 = phi ptr [ %0, %62 ], [ %57, %69 ], [ %74, %72 ]
  store i32 %59, ptr %80, align 4, !tbaa !5
  %81 = getelementptr inbounds i8, ptr %57, i64 4
  %82 = icmp eq ptr %81, %1
  br i1 %82, label %83, label %56, !llvm.loop !137

83:                                               ; preds = %79, %47, %51, %31
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #13

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local ptr @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 comdat {
  %4 = icmp eq ptr %0, %1
  br i1 %4, label %266, label %5

5:                                                ; preds = %3
  %6 = icmp eq ptr %2, %1
  br i1 %6, label %266, label %7

7:                                                ; preds = %5
  %8 = ptrtoint ptr %2 to i64
  %9 = ptrtoint ptr %0 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 2
  %12 = ptrtoint ptr %1 to i64
  %13 = sub i64 %12, %9
  %14 = ashr exact i64 %13, 2
  %15 = sub nsw i64 %11, %14
  %16 = icmp eq i64 %14, %15
  br i1 %16, label %17, label %66

17:                                               ; preds = %7
  %18 = add i64 %12, -4
  %19 = sub i64 %18, %9
  %20 = lshr i64 %19, 2
  %21 = add nuw nsw i64 %20, 1
  %22 = icmp ult i64 %19, 60
  br i1 %22, label %55, label %23

23:                                               ; preds = %17
  %24 = add i64 %12, -4
  %25 = sub i64 %24, %9
  %26 = and i64 %25, -4
  %27 = add i64 %26, 4
  %28 = getelementptr i8, ptr %0, i64 %27
  %29 = getelementptr i8, ptr %1, i64 %27
  %30 = icmp ugt ptr %29, %0
  %31 = icmp ugt ptr %28, %1
  %32 = and i1 %30, %31
  br i1 %32, label %55, label %33

33:                                               ; preds = %23
  %34 = and i64 %21, 9223372036854775800
  %35 = shl i64 %34, 2
  %36 = getelementptr i8, ptr %1, i64 %35
  %37 = shl i64 %34, 2
  %38 = getelementptr i8, ptr %0, i64 %37
  br label %39

39:                                               ; preds = %39, %33
  %40 = phi i64 [ 0, %33 ], [ %51, %39 ]
  %41 = shl i64 %40, 2
  %42 = getelementptr i8, ptr %1, i64 %41
  %43 = shl i64 %40, 2
  %44 = getelementptr i8, ptr %0, i64 %43
  %45 = getelementptr i8, ptr %44, i64 16
  %46 = load <4 x i32>, ptr %44, align 4, !tbaa !5, !alias.scope !139, !noalias !142
  %47 = load <4 x i32>, ptr %45, align 4, !tbaa !5, !alias.scope !139, !noalias !142
  %48 = getelementptr i8, ptr %42, i64 16
  %49 = load <4 x i32>, ptr %42, align 4, !tbaa !5, !alias.scope !142
  %50 = load <4 x i32>, ptr %48, align 4, !tbaa !5, !alias.scope !142
  store <4 x i32> %49, ptr %44, align 4, !tbaa !5, !alias.scope !139, !noalias !142
  store <4 x i32> %50, ptr %45, align 4, !tbaa !5, !alias.scope !139, !noalias !142
  store <4 x i32> %46, ptr %42, align 4, !tbaa !5, !alias.scope !142
  store <4 x i32> %47, ptr %48, align 4, !tbaa !5, !alias.scope !142
  %51 = add nuw i64 %40, 8
  %52 = icmp eq i64 %51, %34
  br i1 %52, label %53, label %39, !llvm.loop !144

53:                                               ; preds = %39
  %54 = icmp eq i64 %21, %34
  br i1 %54, label %266, label %55

55:                                               ; preds = %53, %23, %17
  %56 = phi ptr [ %1, %23 ], [ %1, %17 ], [ %36, %53 ]
  %57 = phi ptr [ %0, %23 ], [ %0, %17 ], [ %38, %53 ]
  br label %58

58:                                               ; preds = %55, %58
  %59 = phi ptr [ %64, %58 ], [ %56, %55 ]
  %60 = phi ptr [ %63, %58 ], [ %57, %55 ]
  %61 = load i32, ptr %60, align 4, !tbaa !5
  %62 = load i32, ptr %59, align 4, !tbaa !5
  store i32 %62, ptr %60, align 4, !tbaa !5
  store i32 %61, ptr %59, align 4, !tbaa !5
  %63 = getelementptr inbounds i8, ptr %60, i64 4
  %64 = getelementptr inbounds i8, ptr %59, i64 4
  %65 = icmp eq ptr %63, %1
  br i1 %65, label %266, label %58, !llvm.loop !145

66:                                               ; preds = %7
  %67 = sub i64 %8, %12
  %68 = getelementptr inbounds i8, ptr %0, i64 %67
  br label %69

69:                                               ; preds = %240, %66
  %70 = phi ptr [ %0, %66 ], [ %241, %240 ]
  %71 = phi i64 [ %14, %66 ], [ %242, %240 ]
  %72 = phi i64 [ %11, %66 ], [ %243, %240 ]
  %73 = sub nsw i64 %72, %71
  %74 = icmp slt i64 %71, %73
  br i1 %74, label %75, label %143

75:                                               ; preds = %69
  %76 = icmp eq i64 %71, 1
  br i1 %76, label %77, label %87

77:                                               ; preds = %75
  %78 = load i32, ptr %70, align 4, !tbaa !5
  %79 = shl nsw i64 %72, 2
  %80 = getelementptr inbounds i8, ptr %70, i64 %79
  %81 = icmp eq i64 %72, 1
  br i1 %81, label %85, label %82

82:                                               ; preds = %77
  %83 = getelementptr inbounds i8, ptr %70, i64 4
  %84 = add nsw i64 %79, -4
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %70, ptr nonnull align 4 %83, i64 %84, i1 false)
  br label %85

85:                                               ; preds = %77, %82
  %86 = getelementptr inbounds i8, ptr %80, i64 -4
  store i32 %78, ptr %86, align 4, !tbaa !5
  br label %266

87:                                               ; preds = %75
  %88 = icmp sgt i64 %73, 0
  br i1 %88, label %89, label %127

89:                                               ; preds = %87
  %90 = getelementptr i32, ptr %70, i64 %71
  %91 = icmp ult i64 %73, 8
  br i1 %91, label %92, label %96

92:                                               ; preds = %125, %96, %89
  %93 = phi i64 [ 0, %96 ], [ 0, %89 ], [ %106, %125 ]
  %94 = phi ptr [ %70, %96 ], [ %70, %89 ], [ %108, %125 ]
  %95 = phi ptr [ %90, %96 ], [ %90, %89 ], [ %110, %125 ]
  br label %131

96:                                               ; preds = %89
  %97 = shl i64 %72, 2
  %98 = sub i64 %72, %71
  %99 = shl i64 %98, 2
  %100 = getelementptr i8, ptr %70, i64 %99
  %101 = getelementptr i8, ptr %70, i64 %97
  %102 = icmp ult ptr %70, %101
  %103 = icmp ult ptr %90, %100
  %104 = and i1 %102, %103
  br i1 %104, label %92, label %105

105:                                              ; preds = %96
  %106 = and i64 %73, 9223372036854775800
  %107 = shl i64 %106, 2
  %108 = getelementptr i8, ptr %70, i64 %107
  %109 = shl i64 %106, 2
  %110 = getelementptr i8, ptr %90, i64 %109
  br label %111

111:                                              ; preds = %111, %105
  %112 = phi i64 [ 0, %105 ], [ %123, %111 ]
  %113 = shl i64 %112, 2
  %114 = getelementptr i8, ptr %70, i64 %113
  %115 = shl i64 %112, 2
  %116 = getelementptr i8, ptr %90, i64 %115
  %117 = getelementptr i8, ptr %114, i64 16
  %118 = load <4 x i32>, ptr %114, align 4, !tbaa !5, !alias.scope !146, !noalias !149
  %119 = load <4 x i32>, ptr %117, align 4, !tbaa !5, !alias.scope !146, !noalias !149
  %120 = getelementptr i8, ptr %116, i64 16
  %121 = load <4 x i32>, ptr %116, align 4, !tbaa !5, !alias.scope !149
  %122 = load <4 x i32>, ptr %120, align 4, !tbaa !5, !alias.scope !149
  store <4 x i32> %121, ptr %114, align 4, !tbaa !5, !alias.scope !146, !noalias !149
  store <4 x i32> %122, ptr %117, align 4, !tbaa !5, !alias.scope !146, !noalias !149
  store <4 x i32> %118, ptr %116, align 4, !tbaa !5, !alias.scope !149
  store <4 x i32> %119, ptr %120, align 4, !tbaa !5, !alias.scope !149
  %123 = add nuw i64 %112, 8
  %124 = icmp eq i64 %123, %106
  br i1 %124, label %125, label %111, !llvm.loop !151

125:                                              ; preds = %111
  %126 = icmp eq i64 %73, %106
  br i1 %126, label %127, label %92

127:                                              ; preds = %131, %125, %87
  %128 = phi ptr [ %70, %87 ], [ %108, %125 ], [ %137, %131 ]
  %129 = srem i64 %72, %71
  %130 = icmp eq i64 %129, 0
  br i1 %130, label %266, label %141

131:                                              ; preds = %92, %131
  %132 = phi i64 [ %139, %131 ], [ %93, %92 ]
  %133 = phi ptr [ %137, %131 ], [ %94, %92 ]
  %134 = phi ptr [ %138, %131 ], [ %95, %92 ]
  %135 = load i32, ptr %133, align 4, !tbaa !5
  %136 = load i32, ptr %134, align 4, !tbaa !5
  store i32 %136, ptr %133, align 4, !tbaa !5
  store i32 %135, ptr %134, align 4, !tbaa !5
  %137 = getelementptr inbounds i8, ptr %133, i64 4
  %138 = getelementptr inbounds i8, ptr %134, i64 4
  %139 = add nuw nsw i64 %132, 1
  %140 = icmp eq i64 %139, %73
  br i1 %140, label %127, label %131, !llvm.loop !152

141:                                              ; preds = %127
  %142 = sub nsw i64 %71, %129
  br label %240

143:                                              ; preds = %69
  %144 = icmp eq i64 %73, 1
  %145 = getelementptr i32, ptr %70, i64 %72
  br i1 %144, label %146, label %158

146:                                              ; preds = %143
  %147 = getelementptr inbounds i8, ptr %145, i64 -4
  %148 = load i32, ptr %147, align 4, !tbaa !5
  %149 = icmp eq ptr %147, %70
  br i1 %149, label %157, label %150

150:                                              ; preds = %146
  %151 = ptrtoint ptr %147 to i64
  %152 = ptrtoint ptr %70 to i64
  %153 = sub i64 %151, %152
  %154 = ashr exact i64 %153, 2
  %155 = sub nsw i64 0, %154
  %156 = getelementptr inbounds i32, ptr %145, i64 %155
  tail call void @llvm.memmove.p0.p0.i64(ptr align 4 %156, ptr nonnull align 4 %70, i64 %153, i1 false)
  br label %157

157:                                              ; preds = %146, %150
  store i32 %148, ptr %70, align 4, !tbaa !5
  br label %266

158:                                              ; preds = %143
  %159 = sub i64 0, %73
  %160 = getelementptr i32, ptr %145, i64 %159
  %161 = icmp sgt i64 %71, 0
  br i1 %161, label %162, label %236

162:                                              ; preds = %158
  %163 = icmp ult i64 %71, 32
  br i1 %163, label %164, label %188

164:                                              ; preds = %234, %205, %188, %162
  %165 = phi i64 [ 0, %205 ], [ 0, %188 ], [ 0, %162 ], [ %213, %234 ]
  %166 = phi ptr [ %145, %205 ], [ %145, %188 ], [ %145, %162 ], [ %215, %234 ]
  %167 = phi ptr [ %160, %205 ], [ %160, %188 ], [ %160, %162 ], [ %217, %234 ]
  %168 = and i64 %71, 3
  %169 = icmp eq i64 %168, 0
  br i1 %169, label %182, label %170

170:                                              ; preds = %164, %170
  %171 = phi i64 [ %179, %170 ], [ %165, %164 ]
  %172 = phi ptr [ %176, %170 ], [ %166, %164 ]
  %173 = phi ptr [ %175, %170 ], [ %167, %164 ]
  %174 = phi i64 [ %180, %170 ], [ 0, %164 ]
  %175 = getelementptr inbounds i8, ptr %173, i64 -4
  %176 = getelementptr inbounds i8, ptr %172, i64 -4
  %177 = load i32, ptr %175, align 4, !tbaa !5
  %178 = load i32, ptr %176, align 4, !tbaa !5
  store i32 %178, ptr %175, align 4, !tbaa !5
  store i32 %177, ptr %176, align 4, !tbaa !5
  %179 = add nuw nsw i64 %171, 1
  %180 = add i64 %174, 1
  %181 = icmp eq i64 %180, %168
  br i1 %181, label %182, label %170, !llvm.loop !153

182:                                              ; preds = %170, %164
  %183 = phi i64 [ %165, %164 ], [ %179, %170 ]
  %184 = phi ptr [ %166, %164 ], [ %176, %170 ]
  %185 = phi ptr [ %167, %164 ], [ %175, %170 ]
  %186 = sub nsw i64 %165, %71
  %187 = icmp ugt i64 %186, -4
  br i1 %187, label %236, label %244

188:                                              ; preds = %162
  %189 = add nsw i64 %71, -1
  %190 = getelementptr i8, ptr %70, i64 -4
  %191 = shl i64 %71, 2
  %192 = getelementptr i8, ptr %190, i64 %191
  %193 = mul i64 %189, -4
  %194 = getelementptr i8, ptr %192, i64 %193
  %195 = icmp ugt ptr %194, %192
  %196 = getelementptr i8, ptr %70, i64 -4
  %197 = shl i64 %72, 2
  %198 = getelementptr i8, ptr %196, i64 %197
  %199 = mul i64 %189, -4
  %200 = icmp ugt i64 %189, 4611686018427387903
  %201 = getelementptr i8, ptr %198, i64 %199
  %202 = icmp ugt ptr %201, %198
  %203 = or i1 %202, %200
  %204 = or i1 %195, %203
  br i1 %204, label %164, label %205

205:                                              ; preds = %188
  %206 = sub i64 %72, %71
  %207 = shl i64 %206, 2
  %208 = getelementptr i8, ptr %70, i64 %207
  %209 = icmp ult ptr %70, %145
  %210 = icmp ult ptr %208, %160
  %211 = and i1 %209, %210
  br i1 %211, label %164, label %212

212:                                              ; preds = %205
  %213 = and i64 %71, 9223372036854775800
  %214 = mul i64 %213, -4
  %215 = getelementptr i8, ptr %145, i64 %214
  %216 = mul i64 %213, -4
  %217 = getelementptr i8, ptr %160, i64 %216
  br label %218

218:                                              ; preds = %218, %212
  %219 = phi i64 [ 0, %212 ], [ %232, %218 ]
  %220 = mul i64 %219, -4
  %221 = getelementptr i8, ptr %145, i64 %220
  %222 = mul i64 %219, -4
  %223 = getelementptr i8, ptr %160, i64 %222
  %224 = getelementptr inbounds i8, ptr %223, i64 -16
  %225 = getelementptr inbounds i8, ptr %223, i64 -32
  %226 = load <4 x i32>, ptr %224, align 4, !tbaa !5, !alias.scope !154, !noalias !157
  %227 = load <4 x i32>, ptr %225, align 4, !tbaa !5, !alias.scope !154, !noalias !157
  %228 = getelementptr inbounds i8, ptr %221, i64 -16
  %229 = getelementptr inbounds i8, ptr %221, i64 -32
  %230 = load <4 x i32>, ptr %228, align 4, !tbaa !5, !alias.scope !157
  %231 = load <4 x i32>, ptr %229, align 4, !tbaa !5, !alias.scope !157
  store <4 x i32> %230, ptr %224, align 4, !tbaa !5, !alias.scope !154, !noalias !157
  store <4 x i32> %231, ptr %225, align 4, !tbaa !5, !alias.scope !154, !noalias !157
  store <4 x i32> %226, ptr %228, align 4, !tbaa !5, !alias.scope !157
  store <4 x i32> %227, ptr %229, align 4, !tbaa !5, !alias.scope !157
  %232 = add nuw i64 %219, 8
  %233 = icmp eq i64 %232, %213
  br i1 %233, label %234, label %218, !llvm.loop !159

234:                                              ; preds = %218
  %235 = icmp eq i64 %71, %213
  br i1 %235, label %236, label %164

236:                                              ; preds = %182, %244, %234, %158
  %237 = phi ptr [ %160, %158 ], [ %70, %234 ], [ %70, %244 ], [ %70, %182 ]
  %238 = srem i64 %72, %73
  %239 = icmp eq i64 %238, 0
  br i1 %239, label %266, label %240

240:                                              ; preds = %236, %141
  %241 = phi ptr [ %128, %141 ], [ %237, %236 ]
  %242 = phi i64 [ %142, %141 ], [ %238, %236 ]
  %243 = phi i64 [ %71, %141 ], [ %73, %236 ]
  br label %69, !llvm.loop !160

244:                                              ; preds = %182, %244
  %245 = phi i64 [ %264, %244 ], [ %183, %182 ]
  %246 = phi ptr [ %261, %244 ], [ %184, %182 ]
  %247 = phi ptr [ %260, %244 ], [ %185, %182 ]
  %248 = getelementptr inbounds i8, ptr %247, i64 -4
  %249 = getelementptr inbounds i8, ptr %246, i64 -4
  %250 = load i32, ptr %248, align 4, !tbaa !5
  %251 = load i32, ptr %249, align 4, !tbaa !5
  store i32 %251, ptr %248, align 4, !tbaa !5
  store i32 %250, ptr %249, align 4, !tbaa !5
  %252 = getelementptr inbounds i8, ptr %247, i64 -8
  %253 = getelementptr inbounds i8, ptr %246, i64 -8
  %254 = load i32, ptr %252, align 4, !tbaa !5
  %255 = load i32, ptr %253, align 4, !tbaa !5
  store i32 %255, ptr %252, align 4, !tbaa !5
  store i32 %254, ptr %253, align 4, !tbaa !5
  %256 = getelementptr inbounds i8, ptr %247, i64 -12
  %257 = getelementptr inbounds i8, ptr %246, i64 -12
  %258 = load i32, ptr %256, align 4, !tbaa !5
  %259 = load i32, ptr %257, align 4, !tbaa !5
  store i32 %259, ptr %256, align 4, !tbaa !5
  store i32 %258, ptr %257, align 4, !tbaa !5
  %260 = getelementptr inbounds i8, ptr %247, i64 -16
  %261 = getelementptr inbounds i8, ptr %246, i64 -16
  %262 = load i32, ptr %260, align 4, !tbaa !5
  %263 = load i32, ptr %261, align 4, !tbaa !5
  store i32 %263, ptr %260, align 4, !tbaa !5
  store i32 %262, ptr %261, align 4, !tbaa !5
  %264 = add nuw nsw i64 %245, 4
  %265 = icmp eq i64 %264, %71
  br i1 %265, label %236, label %244, !llvm.loop !161

266:                                              ; preds = %236, %127, %58, %53, %157, %85, %5, %3
  %267 = phi ptr [ %2, %3 ], [ %0, %5 ], [ %68, %157 ], [ %68, %85 ], [ %1, %53 ], [ %1, %58 ], [ %68, %127 ], [ %68, %236 ]
  ret ptr %267
}

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #14

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local ptr @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %6 = alloca %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #24
  store ptr %0, ptr %6, align 8, !tbaa !32
  %7 = tail call noalias noundef nonnull dereferenceable(72) ptr @_Znwm(i64 noundef 72) #22
  %8 = getelementptr inbounds i8, ptr %7, i64 32
  %9 = load i64, ptr %3, align 8, !tbaa !32
  %10 = inttoptr i64 %9 to ptr
  %11 = getelementptr inbounds i8, ptr %7, i64 48
  store ptr %11, ptr %8, align 8, !tbaa !33
  %12 = load ptr, ptr %10, align 8, !tbaa !36
  %13 = getelementptr inbounds i8, ptr %10, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %15, label %21

15:                                               ; preds = %5
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !39
  %18 = add i64 %17, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %15
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %11, ptr nonnull align 8 %13, i64 %18, i1 false)
  br label %25

21:                                               ; preds = %5
  store ptr %12, ptr %8, align 8, !tbaa !36
  %22 = load i64, ptr %13, align 8, !tbaa !38
  store i64 %22, ptr %11, align 8, !tbaa !38
  %23 = getelementptr inbounds i8, ptr %10, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !39
  br label %25

25:                                               ; preds = %21, %20, %15
  %26 = phi i64 [ -1, %15 ], [ %17, %20 ], [ %24, %21 ]
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  %28 = getelementptr inbounds i8, ptr %10, i64 8
  %29 = getelementptr inbounds i8, ptr %7, i64 40
  store i64 %26, ptr %29, align 8, !tbaa !39
  store ptr %13, ptr %10, align 8, !tbaa !36
  store i64 0, ptr %28, align 8, !tbaa !39
  store i8 0, ptr %13, align 1, !tbaa !38
  %30 = getelementptr inbounds i8, ptr %7, i64 64
  store i32 0, ptr %30, align 8, !tbaa !162
  store ptr %7, ptr %27, align 8, !tbaa !164
  %31 = invoke { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %8)
          to label %32 unwind label %66

32:                                               ; preds = %25
  %33 = extractvalue { ptr, ptr } %31, 0
  %34 = extractvalue { ptr, ptr } %31, 1
  %35 = icmp eq ptr %34, null
  br i1 %35, label %68, label %36

36:                                               ; preds = %32
  %37 = icmp ne ptr %33, null
  %38 = getelementptr inbounds i8, ptr %0, i64 8
  %39 = icmp eq ptr %38, %34
  %40 = select i1 %37, i1 true, i1 %39
  br i1 %40, label %61, label %41

41:                                               ; preds = %36
  %42 = load i64, ptr %29, align 8, !tbaa !39
  %43 = getelementptr inbounds i8, ptr %34, i64 40
  %44 = load i64, ptr %43, align 8, !tbaa !39
  %45 = tail call i64 @llvm.umin.i64(i64 %44, i64 %42)
  %46 = icmp eq i64 %45, 0
  br i1 %46, label %53, label %47

47:                                               ; preds = %41
  %48 = getelementptr inbounds i8, ptr %34, i64 32
  %49 = load ptr, ptr %48, align 8, !tbaa !36
  %50 = load ptr, ptr %8, align 8, !tbaa !36
  %51 = tail call i32 @memcmp(ptr noundef %50, ptr noundef %49, i64 noundef %45) #24
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %53, label %58

53:                                               ; preds = %47, %41
  %54 = sub i64 %42, %44
  %55 = tail call i64 @llvm.smax.i64(i64 %54, i64 -2147483648)
  %56 = tail call i64 @llvm.smin.i64(i64 %55, i64 2147483647)
  %57 = trunc nsw i64 %56 to i32
  br label %58

58:                                               ; preds = %53, %47
  %59 = phi i32 [ %51, %47 ], [ %57, %53 ]
  %60 = icmp slt i32 %59, 0
  br label %61

61:                                               ; preds = %36, %58
  %62 = phi i1 [ true, %36 ], [ %60, %58 ]
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext %62, ptr noundef nonnull %7, ptr noundef nonnull %34, ptr noundef nonnull align 8 dereferenceable(32) %38) #24
  %63 = getelementptr inbounds i8, ptr %0, i64 40
  %64 = load i64, ptr %63, align 8, !tbaa !31
  %65 = add i64 %64, 1
  store i64 %65, ptr %63, align 8, !tbaa !31
  br label %75

66:                                               ; preds = %25
  %67 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %6) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #24
  resume { ptr, i32 } %67

68:                                               ; preds = %32
  %69 = load ptr, ptr %8, align 8, !tbaa !36
  %70 = icmp eq ptr %69, %11
  br i1 %70, label %74, label %71

71:                                               ; preds = %68
  %72 = load i64, ptr %11, align 8, !tbaa !38
  %73 = add i64 %72, 1
  tail call void @_ZdlPvm(ptr noundef %69, i64 noundef %73) #23
  br label %74

74:                                               ; preds = %71, %68
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef 72) #23
  br label %75

75:                                               ; preds = %61, %74
  %76 = phi ptr [ %7, %61 ], [ %33, %74 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #24
  ret ptr %76
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #14

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = icmp eq ptr %4, %1
  br i1 %5, label %6, label %37

6:                                                ; preds = %3
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !31
  %9 = icmp eq i64 %8, 0
  br i1 %9, label %33, label %10

10:                                               ; preds = %6
  %11 = getelementptr inbounds i8, ptr %0, i64 32
  %12 = load ptr, ptr %11, align 8, !tbaa !32
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !39
  %15 = getelementptr inbounds i8, ptr %2, i64 8
  %16 = load i64, ptr %15, align 8, !tbaa !39
  %17 = tail call i64 @llvm.umin.i64(i64 %16, i64 %14)
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %25, label %19

19:                                               ; preds = %10
  %20 = getelementptr inbounds i8, ptr %12, i64 32
  %21 = load ptr, ptr %2, align 8, !tbaa !36
  %22 = load ptr, ptr %20, align 8, !tbaa !36
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %21, i64 noundef %17) #24
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %19, %10
  %26 = sub i64 %14, %16
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %19, %25
  %31 = phi i32 [ %23, %19 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %137, label %33

33:                                               ; preds = %30, %6
  %34 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %35 = extractvalue { ptr, ptr } %34, 0
  %36 = extractvalue { ptr, ptr } %34, 1
  br label %137

37:                                               ; preds = %3
  %38 = getelementptr inbounds i8, ptr %2, i64 8
  %39 = load i64, ptr %38, align 8, !tbaa !39
  %40 = getelementptr inbounds i8, ptr %1, i64 40
  %41 = load i64, ptr %40, align 8, !tbaa !39
  %42 = tail call i64 @llvm.umin.i64(i64 %41, i64 %39)
  %43 = icmp eq i64 %42, 0
  br i1 %43, label %50, label %44

44:                                               ; preds = %37
  %45 = getelementptr inbounds i8, ptr %1, i64 32
  %46 = load ptr, ptr %45, align 8, !tbaa !36
  %47 = load ptr, ptr %2, align 8, !tbaa !36
  %48 = tail call i32 @memcmp(ptr noundef %47, ptr noundef %46, i64 noundef %42) #24
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %53, label %56

50:                                               ; preds = %37
  %51 = sub i64 %39, %41
  %52 = icmp slt i64 %51, 0
  br i1 %52, label %58, label %95

53:                                               ; preds = %44
  %54 = sub i64 %39, %41
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %58, label %92

56:                                               ; preds = %44
  %57 = icmp slt i32 %48, 0
  br i1 %57, label %58, label %92

58:                                               ; preds = %53, %56, %50
  %59 = getelementptr inbounds i8, ptr %0, i64 24
  %60 = load ptr, ptr %59, align 8, !tbaa !32
  %61 = icmp eq ptr %60, %1
  br i1 %61, label %137, label %62

62:                                               ; preds = %58
  %63 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #25
  %64 = getelementptr inbounds i8, ptr %63, i64 40
  %65 = load i64, ptr %64, align 8, !tbaa !39
  %66 = tail call i64 @llvm.umin.i64(i64 %39, i64 %65)
  %67 = icmp eq i64 %66, 0
  br i1 %67, label %74, label %68

68:                                               ; preds = %62
  %69 = getelementptr inbounds i8, ptr %63, i64 32
  %70 = load ptr, ptr %2, align 8, !tbaa !36
  %71 = load ptr, ptr %69, align 8, !tbaa !36
  %72 = tail call i32 @memcmp(ptr noundef %71, ptr noundef %70, i64 noundef %66) #24
  %73 = icmp eq i32 %72, 0
  br i1 %73, label %74, label %79

74:                                               ; preds = %68, %62
  %75 = sub i64 %65, %39
  %76 = tail call i64 @llvm.smax.i64(i64 %75, i64 -2147483648)
  %77 = tail call i64 @llvm.smin.i64(i64 %76, i64 2147483647)
  %78 = trunc nsw i64 %77 to i32
  br label %79

79:                                               ; preds = %68, %74
  %80 = phi i32 [ %72, %68 ], [ %78, %74 ]
  %81 = icmp slt i32 %80, 0
  br i1 %81, label %82, label %88

82:                                               ; preds = %79
  %83 = getelementptr inbounds i8, ptr %63, i64 24
  %84 = load ptr, ptr %83, align 8, !tbaa !124
  %85 = icmp eq ptr %84, null
  %86 = select i1 %85, ptr null, ptr %1
  %87 = select i1 %85, ptr %63, ptr %1
  br label %137

88:                                               ; preds = %79
  %89 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %90 = extractvalue { ptr, ptr } %89, 0
  %91 = extractvalue { ptr, ptr } %89, 1
  br label %137

92:                                               ; preds = %53, %56
  %93 = tail call i32 @memcmp(ptr noundef %46, ptr noundef %47, i64 noundef %42) #24
  %94 = icmp eq i32 %93, 0
  br i1 %94, label %95, label %100

95:                                               ; preds = %50, %92
  %96 = sub i64 %41, %39
  %97 = tail call i64 @llvm.smax.i64(i64 %96, i64 -2147483648)
  %98 = tail call i64 @llvm.smin.i64(i64 %97, i64 2147483647)
  %99 = trunc nsw i64 %98 to i32
  br label %100

100:                                              ; preds = %92, %95
  %101 = phi i32 [ %93, %92 ], [ %99, %95 ]
  %102 = icmp slt i32 %101, 0
  br i1 %102, label %103, label %137

103:                                              ; preds = %100
  %104 = getelementptr inbounds i8, ptr %0, i64 32
  %105 = load ptr, ptr %104, align 8, !tbaa !32
  %106 = icmp eq ptr %105, %1
  br i1 %106, label %137, label %107

107:                                              ; preds = %103
  %108 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %1) #25
  %109 = getelementptr inbounds i8, ptr %108, i64 40
  %110 = load i64, ptr %109, align 8, !tbaa !39
  %111 = tail call i64 @llvm.umin.i64(i64 %110, i64 %39)
  %112 = icmp eq i64 %111, 0
  br i1 %112, label %119, label %113

113:                                              ; preds = %107
  %114 = getelementptr inbounds i8, ptr %108, i64 32
  %115 = load ptr, ptr %114, align 8, !tbaa !36
  %116 = load ptr, ptr %2, align 8, !tbaa !36
  %117 = tail call i32 @memcmp(ptr noundef %116, ptr noundef %115, i64 noundef %111) #24
  %118 = icmp eq i32 %117, 0
  br i1 %118, label %119, label %124

119:                                              ; preds = %113, %107
  %120 = sub i64 %39, %110
  %121 = tail call i64 @llvm.smax.i64(i64 %120, i64 -2147483648)
  %122 = tail call i64 @llvm.smin.i64(i64 %121, i64 2147483647)
  %123 = trunc nsw i64 %122 to i32
  br label %124

124:                                              ; preds = %113, %119
  %125 = phi i32 [ %117, %113 ], [ %123, %119 ]
  %126 = icmp slt i32 %125, 0
  br i1 %126, label %127, label %133

127:                                              ; preds = %124
  %128 = getelementptr inbounds i8, ptr %1, i64 24
  %129 = load ptr, ptr %128, align 8, !tbaa !124
  %130 = icmp eq ptr %129, null
  %131 = select i1 %130, ptr null, ptr %108
  %132 = select i1 %130, ptr %1, ptr %108
  br label %137

133:                                              ; preds = %124
  %134 = tail call { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %135 = extractvalue { ptr, ptr } %134, 0
  %136 = extractvalue { ptr, ptr } %134, 1
  br label %137

137:                                              ; preds = %127, %82, %100, %133, %103, %88, %58, %30, %33
  %138 = phi ptr [ %35, %33 ], [ null, %30 ], [ %90, %88 ], [ %60, %58 ], [ %135, %133 ], [ null, %103 ], [ %1, %100 ], [ %86, %82 ], [ %131, %127 ]
  %139 = phi ptr [ %36, %33 ], [ %12, %30 ], [ %91, %88 ], [ %60, %58 ], [ %136, %133 ], [ %105, %103 ], [ null, %100 ], [ %87, %82 ], [ %132, %127 ]
  %140 = insertvalue { ptr, ptr } poison, ptr %138, 0
  %141 = insertvalue { ptr, ptr } %140, ptr %139, 1
  ret { ptr, ptr } %141
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !164
  %4 = icmp eq ptr %3, null
  br i1 %4, label %14, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !36
  %8 = getelementptr inbounds i8, ptr %3, i64 48
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %5
  %11 = load i64, ptr %8, align 8, !tbaa !38
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #23
  br label %13

13:                                               ; preds = %5, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef 72) #23
  br label %14

14:                                               ; preds = %13, %1
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !32
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !39
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !39
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !36
  %20 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %19, i64 noundef %15) #24
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %17, %11
  %23 = sub i64 %9, %14
  %24 = tail call i64 @llvm.smax.i64(i64 %23, i64 -2147483648)
  %25 = tail call i64 @llvm.smin.i64(i64 %24, i64 2147483647)
  %26 = trunc nsw i64 %25 to i32
  br label %27

27:                                               ; preds = %17, %22
  %28 = phi i32 [ %20, %17 ], [ %26, %22 ]
  %29 = icmp slt i32 %28, 0
  %30 = select i1 %29, i64 16, i64 24
  %31 = getelementptr inbounds i8, ptr %12, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !32
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !166

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !29
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %67, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #25
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !39
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !39
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !36
  %54 = load ptr, ptr %52, align 8, !tbaa !36
  %55 = tail call i32 @memcmp(ptr noundef %54, ptr noundef %53, i64 noundef %49) #24
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %51, %42
  %58 = sub i64 %46, %48
  %59 = tail call i64 @llvm.smax.i64(i64 %58, i64 -2147483648)
  %60 = tail call i64 @llvm.smin.i64(i64 %59, i64 2147483647)
  %61 = trunc nsw i64 %60 to i32
  br label %62

62:                                               ; preds = %51, %57
  %63 = phi i32 [ %55, %51 ], [ %61, %57 ]
  %64 = icmp slt i32 %63, 0
  %65 = select i1 %64, ptr null, ptr %44
  %66 = select i1 %64, ptr %43, ptr null
  br label %67

67:                                               ; preds = %62, %35
  %68 = phi ptr [ null, %35 ], [ %65, %62 ]
  %69 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %70 = insertvalue { ptr, ptr } poison, ptr %68, 0
  %71 = insertvalue { ptr, ptr } %70, ptr %69, 1
  ret { ptr, ptr } %71
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef zeroext, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, ptr } @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !32
  %6 = icmp eq ptr %5, null
  br i1 %6, label %107, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !39
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %101
  %12 = phi ptr [ %5, %7 ], [ %105, %101 ]
  %13 = phi ptr [ %4, %7 ], [ %103, %101 ]
  %14 = getelementptr inbounds i8, ptr %12, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !39
  %16 = tail call i64 @llvm.umin.i64(i64 %9, i64 %15)
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %23, label %18

18:                                               ; preds = %11
  %19 = getelementptr inbounds i8, ptr %12, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !36
  %21 = tail call i32 @memcmp(ptr noundef %20, ptr noundef %10, i64 noundef %16) #24
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %26, label %29

23:                                               ; preds = %11
  %24 = sub i64 %15, %9
  %25 = icmp slt i64 %24, 0
  br i1 %25, label %101, label %34

26:                                               ; preds = %18
  %27 = sub i64 %15, %9
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %101, label %31

29:                                               ; preds = %18
  %30 = icmp slt i32 %21, 0
  br i1 %30, label %101, label %31

31:                                               ; preds = %26, %29
  %32 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %20, i64 noundef %16) #24
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %23, %31
  %35 = sub i64 %9, %15
  %36 = tail call i64 @llvm.smax.i64(i64 %35, i64 -2147483648)
  %37 = tail call i64 @llvm.smin.i64(i64 %36, i64 2147483647)
  %38 = trunc nsw i64 %37 to i32
  br label %39

39:                                               ; preds = %31, %34
  %40 = phi i32 [ %32, %31 ], [ %38, %34 ]
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %101, label %42

42:                                               ; preds = %39
  %43 = getelementptr inbounds i8, ptr %12, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !125
  %45 = getelementptr inbounds i8, ptr %12, i64 24
  %46 = load ptr, ptr %45, align 8, !tbaa !124
  %47 = icmp eq ptr %44, null
  br i1 %47, label %73, label %48

48:                                               ; preds = %42, %65
  %49 = phi ptr [ %71, %65 ], [ %44, %42 ]
  %50 = phi ptr [ %68, %65 ], [ %12, %42 ]
  %51 = getelementptr inbounds i8, ptr %49, i64 40
  %52 = load i64, ptr %51, align 8, !tbaa !39
  %53 = tail call i64 @llvm.umin.i64(i64 %9, i64 %52)
  %54 = icmp eq i64 %53, 0
  br i1 %54, label %60, label %55

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %49, i64 32
  %57 = load ptr, ptr %56, align 8, !tbaa !36
  %58 = tail call i32 @memcmp(ptr noundef %57, ptr noundef %10, i64 noundef %53) #24
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %65

60:                                               ; preds = %55, %48
  %61 = sub i64 %52, %9
  %62 = tail call i64 @llvm.smax.i64(i64 %61, i64 -2147483648)
  %63 = tail call i64 @llvm.smin.i64(i64 %62, i64 2147483647)
  %64 = trunc nsw i64 %63 to i32
  br label %65

65:                                               ; preds = %60, %55
  %66 = phi i32 [ %58, %55 ], [ %64, %60 ]
  %67 = icmp slt i32 %66, 0
  %68 = select i1 %67, ptr %50, ptr %49
  %69 = select i1 %67, i64 24, i64 16
  %70 = getelementptr inbounds i8, ptr %49, i64 %69
  %71 = load ptr, ptr %70, align 8, !tbaa !32
  %72 = icmp eq ptr %71, null
  br i1 %72, label %73, label %48, !llvm.loop !40

73:                                               ; preds = %65, %42
  %74 = phi ptr [ %12, %42 ], [ %68, %65 ]
  %75 = icmp eq ptr %46, null
  br i1 %75, label %107, label %76

76:                                               ; preds = %73, %93
  %77 = phi ptr [ %99, %93 ], [ %46, %73 ]
  %78 = phi ptr [ %96, %93 ], [ %13, %73 ]
  %79 = getelementptr inbounds i8, ptr %77, i64 40
  %80 = load i64, ptr %79, align 8, !tbaa !39
  %81 = tail call i64 @llvm.umin.i64(i64 %80, i64 %9)
  %82 = icmp eq i64 %81, 0
  br i1 %82, label %88, label %83

83:                                               ; preds = %76
  %84 = getelementptr inbounds i8, ptr %77, i64 32
  %85 = load ptr, ptr %84, align 8, !tbaa !36
  %86 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %85, i64 noundef %81) #24
  %87 = icmp eq i32 %86, 0
  br i1 %87, label %88, label %93

88:                                               ; preds = %83, %76
  %89 = sub i64 %9, %80
  %90 = tail call i64 @llvm.smax.i64(i64 %89, i64 -2147483648)
  %91 = tail call i64 @llvm.smin.i64(i64 %90, i64 2147483647)
  %92 = trunc nsw i64 %91 to i32
  br label %93

93:                                               ; preds = %88, %83
  %94 = phi i32 [ %86, %83 ], [ %92, %88 ]
  %95 = icmp slt i32 %94, 0
  %96 = select i1 %95, ptr %77, ptr %78
  %97 = select i1 %95, i64 16, i64 24
  %98 = getelementptr inbounds i8, ptr %77, i64 %97
  %99 = load ptr, ptr %98, align 8, !tbaa !32
  %100 = icmp eq ptr %99, null
  br i1 %100, label %107, label %76, !llvm.loop !41

101:                                              ; preds = %39, %23, %29, %26
  %102 = phi i64 [ 24, %26 ], [ 24, %29 ], [ 24, %23 ], [ 16, %39 ]
  %103 = phi ptr [ %13, %26 ], [ %13, %29 ], [ %13, %23 ], [ %12, %39 ]
  %104 = getelementptr inbounds i8, ptr %12, i64 %102
  %105 = load ptr, ptr %104, align 8, !tbaa !32
  %106 = icmp eq ptr %105, null
  br i1 %106, label %107, label %11, !llvm.loop !167

107:                                              ; preds = %101, %93, %2, %73
  %108 = phi ptr [ %74, %73 ], [ %4, %2 ], [ %74, %93 ], [ %103, %101 ]
  %109 = phi ptr [ %13, %73 ], [ %4, %2 ], [ %96, %93 ], [ %103, %101 ]
  %110 = insertvalue { ptr, ptr } poison, ptr %108, 0
  %111 = insertvalue { ptr, ptr } %110, ptr %109, 1
  ret { ptr, ptr } %111
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr %1, ptr %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 24
  %5 = load ptr, ptr %4, align 8, !tbaa !29
  %6 = icmp eq ptr %5, %1
  br i1 %6, label %7, label %19

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 8
  %9 = icmp eq ptr %8, %2
  br i1 %9, label %10, label %19

10:                                               ; preds = %7
  %11 = getelementptr inbounds i8, ptr %0, i64 16
  %12 = load ptr, ptr %11, align 8, !tbaa !28
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %12)
          to label %16 unwind label %13

13:                                               ; preds = %10
  %14 = landingpad { ptr, i32 }
          catch ptr null
  %15 = extractvalue { ptr, i32 } %14, 0
  tail call void @__clang_call_terminate(ptr %15) #26
  unreachable

16:                                               ; preds = %10
  store ptr null, ptr %11, align 8, !tbaa !28
  store ptr %8, ptr %4, align 8, !tbaa !29
  %17 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %8, ptr %17, align 8, !tbaa !30
  %18 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %18, align 8, !tbaa !31
  br label %39

19:                                               ; preds = %3, %7
  %20 = icmp eq ptr %1, %2
  br i1 %20, label %39, label %21

21:                                               ; preds = %19
  %22 = getelementptr inbounds i8, ptr %0, i64 8
  %23 = getelementptr inbounds i8, ptr %0, i64 40
  br label %24

24:                                               ; preds = %21, %35
  %25 = phi ptr [ %1, %21 ], [ %26, %35 ]
  %26 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef %25) #25
  %27 = tail call noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef %25, ptr noundef nonnull align 8 dereferenceable(32) %22) #24
  %28 = getelementptr inbounds i8, ptr %27, i64 32
  %29 = load ptr, ptr %28, align 8, !tbaa !36
  %30 = getelementptr inbounds i8, ptr %27, i64 48
  %31 = icmp eq ptr %29, %30
  br i1 %31, label %35, label %32

32:                                               ; preds = %24
  %33 = load i64, ptr %30, align 8, !tbaa !38
  %34 = add i64 %33, 1
  tail call void @_ZdlPvm(ptr noundef %29, i64 noundef %34) #23
  br label %35

35:                                               ; preds = %24, %32
  tail call void @_ZdlPvm(ptr noundef nonnull %27, i64 noundef 72) #23
  %36 = load i64, ptr %23, align 8, !tbaa !31
  %37 = add i64 %36, -1
  store i64 %37, ptr %23, align 8, !tbaa !31
  %38 = icmp eq ptr %26, %2
  br i1 %38, label %39, label %24, !llvm.loop !168

39:                                               ; preds = %35, %19, %16
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local ptr @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !169
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !48
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !69
  %13 = tail call { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %6, i64 noundef %10, i64 noundef %12, i64 noundef %4)
  %14 = extractvalue { i8, i64 } %13, 0
  %15 = trunc i8 %14 to i1
  br i1 %15, label %16, label %32

16:                                               ; preds = %5
  %17 = extractvalue { i8, i64 } %13, 1
  invoke void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %17)
          to label %29 unwind label %18

18:                                               ; preds = %16
  %19 = landingpad { ptr, i32 }
          catch ptr null
  %20 = extractvalue { ptr, i32 } %19, 0
  %21 = tail call ptr @__cxa_begin_catch(ptr %20) #24
  store i64 %8, ptr %7, align 8, !tbaa !169
  invoke void @__cxa_rethrow() #21
          to label %28 unwind label %22

22:                                               ; preds = %18
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %25

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %22
  %26 = landingpad { ptr, i32 }
          catch ptr null
  %27 = extractvalue { ptr, i32 } %26, 0
  tail call void @__clang_call_terminate(ptr %27) #26
  unreachable

28:                                               ; preds = %18
  unreachable

29:                                               ; preds = %16
  %30 = load i64, ptr %9, align 8, !tbaa !48
  %31 = urem i64 %2, %30
  br label %32

32:                                               ; preds = %29, %5
  %33 = phi i64 [ %31, %29 ], [ %1, %5 ]
  %34 = load ptr, ptr %0, align 8, !tbaa !43
  %35 = getelementptr inbounds ptr, ptr %34, i64 %33
  %36 = load ptr, ptr %35, align 8, !tbaa !32
  %37 = icmp eq ptr %36, null
  br i1 %37, label %41, label %38

38:                                               ; preds = %32
  %39 = load ptr, ptr %36, align 8, !tbaa !51
  store ptr %39, ptr %3, align 8, !tbaa !51
  %40 = load ptr, ptr %35, align 8, !tbaa !32
  store ptr %3, ptr %40, align 8, !tbaa !51
  br label %57

41:                                               ; preds = %32
  %42 = getelementptr inbounds i8, ptr %0, i64 16
  %43 = load ptr, ptr %42, align 8, !tbaa !50
  store ptr %43, ptr %3, align 8, !tbaa !51
  store ptr %3, ptr %42, align 8, !tbaa !50
  %44 = load ptr, ptr %3, align 8, !tbaa !51
  %45 = icmp eq ptr %44, null
  br i1 %45, label %54, label %46

46:                                               ; preds = %41
  %47 = getelementptr inbounds i8, ptr %44, i64 8
  %48 = load i64, ptr %9, align 8, !tbaa !48
  %49 = load i32, ptr %47, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = urem i64 %50, %48
  %52 = getelementptr inbounds ptr, ptr %34, i64 %51
  store ptr %3, ptr %52, align 8, !tbaa !32
  %53 = load ptr, ptr %0, align 8, !tbaa !43
  br label %54

54:                                               ; preds = %46, %41
  %55 = phi ptr [ %53, %46 ], [ %34, %41 ]
  %56 = getelementptr inbounds ptr, ptr %55, i64 %33
  store ptr %42, ptr %56, align 8, !tbaa !32
  br label %57

57:                                               ; preds = %38, %54
  %58 = load i64, ptr %11, align 8, !tbaa !69
  %59 = add i64 %58, 1
  store i64 %59, ptr %11, align 8, !tbaa !69
  ret ptr %3
}

declare { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16), i64 noundef, i64 noundef, i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq i64 %1, 1
  br i1 %3, label %4, label %6, !prof !9

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %5, align 8, !tbaa !170
  br label %15

6:                                                ; preds = %2
  %7 = icmp ugt i64 %1, 1152921504606846975
  br i1 %7, label %8, label %12, !prof !9

8:                                                ; preds = %6
  %9 = icmp ugt i64 %1, 2305843009213693951
  br i1 %9, label %10, label %11

10:                                               ; preds = %8
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

11:                                               ; preds = %8
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

12:                                               ; preds = %6
  %13 = shl nuw nsw i64 %1, 3
  %14 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %13) #22
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %14, i8 0, i64 %13, i1 false)
  br label %15

15:                                               ; preds = %4, %12
  %16 = phi ptr [ %5, %4 ], [ %14, %12 ]
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !50
  store ptr null, ptr %17, align 8, !tbaa !50
  %19 = icmp eq ptr %18, null
  br i1 %19, label %46, label %20

20:                                               ; preds = %15, %43
  %21 = phi ptr [ %23, %43 ], [ %18, %15 ]
  %22 = phi i64 [ %44, %43 ], [ 0, %15 ]
  %23 = load ptr, ptr %21, align 8, !tbaa !51
  %24 = getelementptr inbounds i8, ptr %21, i64 8
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = sext i32 %25 to i64
  %27 = urem i64 %26, %1
  %28 = getelementptr inbounds ptr, ptr %16, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !32
  %30 = icmp eq ptr %29, null
  br i1 %30, label %31, label %37

31:                                               ; preds = %20
  %32 = load ptr, ptr %17, align 8, !tbaa !50
  store ptr %32, ptr %21, align 8, !tbaa !51
  store ptr %21, ptr %17, align 8, !tbaa !50
  store ptr %17, ptr %28, align 8, !tbaa !32
  %33 = load ptr, ptr %21, align 8, !tbaa !51
  %34 = icmp eq ptr %33, null
  br i1 %34, label %43, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds ptr, ptr %16, i64 %22
  br label %40

37:                                               ; preds = %20
  %38 = load ptr, ptr %29, align 8, !tbaa !51
  store ptr %38, ptr %21, align 8, !tbaa !51
  %39 = load ptr, ptr %28, align 8, !tbaa !32
  br label %40

40:                                               ; preds = %37, %35
  %41 = phi ptr [ %36, %35 ], [ %39, %37 ]
  %42 = phi i64 [ %27, %35 ], [ %22, %37 ]
  store ptr %21, ptr %41, align 8, !tbaa !32
  br label %43

43:                                               ; preds = %40, %31
  %44 = phi i64 [ %27, %31 ], [ %42, %40 ]
  %45 = icmp eq ptr %23, null
  br i1 %45, label %46, label %20, !llvm.loop !171

46:                                               ; preds = %43, %15
  %47 = load ptr, ptr %0, align 8, !tbaa !43
  %48 = getelementptr inbounds i8, ptr %0, i64 48
  %49 = icmp eq ptr %48, %47
  br i1 %49, label %54, label %50

50:                                               ; preds = %46
  %51 = getelementptr inbounds i8, ptr %0, i64 8
  %52 = load i64, ptr %51, align 8, !tbaa !48
  %53 = shl i64 %52, 3
  tail call void @_ZdlPvm(ptr noundef %47, i64 noundef %53) #23
  br label %54

54:                                               ; preds = %46, %50
  %55 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %55, align 8, !tbaa !48
  store ptr %16, ptr %0, align 8, !tbaa !43
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr %0, ptr %1, i64 noundef %2) unnamed_addr #17 {
  %4 = ptrtoint ptr %0 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = sub i64 %5, %4
  %7 = ashr exact i64 %6, 3
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %288

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %14, label %188

12:                                               ; preds = %283
  %13 = icmp eq i64 %192, 0
  br i1 %13, label %14, label %188, !llvm.loop !172

14:                                               ; preds = %12, %9
  %15 = phi i64 [ %7, %9 ], [ %286, %12 ]
  %16 = phi i64 [ %6, %9 ], [ %285, %12 ]
  %17 = phi ptr [ %1, %9 ], [ %258, %12 ]
  %18 = add nsw i64 %15, -2
  %19 = lshr i64 %18, 1
  %20 = add nsw i64 %15, -1
  %21 = lshr i64 %20, 1
  %22 = and i64 %16, 8
  %23 = icmp eq i64 %22, 0
  %24 = or disjoint i64 %18, 1
  %25 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %24
  %26 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %19
  br label %27

27:                                               ; preds = %90, %14
  %28 = phi i64 [ %19, %14 ], [ %97, %90 ]
  %29 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %28
  %30 = load i64, ptr %29, align 4
  %31 = icmp sgt i64 %21, %28
  br i1 %31, label %32, label %56

32:                                               ; preds = %27, %32
  %33 = phi i64 [ %51, %32 ], [ %28, %27 ]
  %34 = shl i64 %33, 1
  %35 = add i64 %34, 2
  %36 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %35
  %37 = or disjoint i64 %34, 1
  %38 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %37
  %39 = load i64, ptr %36, align 4
  %40 = load i64, ptr %38, align 4
  %41 = lshr i64 %39, 32
  %42 = lshr i64 %40, 32
  %43 = icmp eq i64 %41, %42
  %44 = trunc nuw i64 %42 to i32
  %45 = trunc nuw i64 %41 to i32
  %46 = icmp sgt i32 %45, %44
  %47 = trunc i64 %40 to i32
  %48 = trunc i64 %39 to i32
  %49 = icmp slt i32 %48, %47
  %50 = select i1 %43, i1 %49, i1 %46
  %51 = select i1 %50, i64 %37, i64 %35
  %52 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %51
  %53 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %33
  %54 = load <2 x i32>, ptr %52, align 4, !tbaa !5
  store <2 x i32> %54, ptr %53, align 4, !tbaa !5
  %55 = icmp slt i64 %51, %21
  br i1 %55, label %32, label %56, !llvm.loop !173

56:                                               ; preds = %32, %27
  %57 = phi i64 [ %28, %27 ], [ %51, %32 ]
  %58 = icmp eq i64 %57, %19
  %59 = select i1 %23, i1 %58, i1 false
  br i1 %59, label %60, label %62

60:                                               ; preds = %56
  %61 = load <2 x i32>, ptr %25, align 4, !tbaa !5
  store <2 x i32> %61, ptr %26, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %60, %56
  %63 = phi i64 [ %24, %60 ], [ %57, %56 ]
  %64 = icmp sgt i64 %63, %28
  br i1 %64, label %69, label %65

65:                                               ; preds = %62
  %66 = trunc i64 %30 to i32
  %67 = lshr i64 %30, 32
  %68 = trunc nuw i64 %67 to i32
  br label %90

69:                                               ; preds = %62
  %70 = lshr i64 %30, 32
  %71 = trunc nuw i64 %70 to i32
  %72 = trunc i64 %30 to i32
  br label %73

73:                                               ; preds = %86, %69
  %74 = phi i64 [ %63, %69 ], [ %76, %86 ]
  %75 = add nsw i64 %74, -1
  %76 = sdiv i64 %75, 2
  %77 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %76
  %78 = load i64, ptr %77, align 4
  %79 = lshr i64 %78, 32
  %80 = icmp eq i64 %79, %70
  %81 = trunc nuw i64 %79 to i32
  %82 = icmp sgt i32 %81, %71
  %83 = trunc i64 %78 to i32
  %84 = icmp slt i32 %83, %72
  %85 = select i1 %80, i1 %84, i1 %82
  br i1 %85, label %86, label %90

86:                                               ; preds = %73
  %87 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %74
  store i32 %83, ptr %87, align 4, !tbaa !58
  %88 = getelementptr inbounds i8, ptr %87, i64 4
  store i32 %81, ptr %88, align 4, !tbaa !60
  %89 = icmp sgt i64 %76, %28
  br i1 %89, label %73, label %90, !llvm.loop !174

90:                                               ; preds = %86, %73, %65
  %91 = phi i32 [ %68, %65 ], [ %71, %73 ], [ %71, %86 ]
  %92 = phi i32 [ %66, %65 ], [ %72, %73 ], [ %72, %86 ]
  %93 = phi i64 [ %63, %65 ], [ %76, %86 ], [ %74, %73 ]
  %94 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %93
  store i32 %92, ptr %94, align 4, !tbaa !58
  %95 = getelementptr inbounds i8, ptr %94, i64 4
  store i32 %91, ptr %95, align 4, !tbaa !60
  %96 = icmp eq i64 %28, 0
  %97 = add nsw i64 %28, -1
  br i1 %96, label %98, label %27, !llvm.loop !175

98:                                               ; preds = %90
  %99 = icmp sgt i64 %16, 8
  br i1 %99, label %100, label %288

100:                                              ; preds = %98
  %101 = getelementptr inbounds i8, ptr %0, i64 4
  br label %102

102:                                              ; preds = %181, %100
  %103 = phi ptr [ %17, %100 ], [ %104, %181 ]
  %104 = getelementptr inbounds i8, ptr %103, i64 -8
  %105 = load i64, ptr %104, align 4
  %106 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %106, ptr %104, align 4, !tbaa !58
  %107 = load i32, ptr %101, align 4, !tbaa !5
  %108 = getelementptr inbounds i8, ptr %103, i64 -4
  store i32 %107, ptr %108, align 4, !tbaa !60
  %109 = ptrtoint ptr %104 to i64
  %110 = sub i64 %109, %4
  %111 = ashr exact i64 %110, 3
  %112 = add nsw i64 %111, -1
  %113 = sdiv i64 %112, 2
  %114 = icmp sgt i64 %111, 2
  br i1 %114, label %115, label %139

115:                                              ; preds = %102, %115
  %116 = phi i64 [ %134, %115 ], [ 0, %102 ]
  %117 = shl i64 %116, 1
  %118 = add i64 %117, 2
  %119 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %118
  %120 = or disjoint i64 %117, 1
  %121 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %120
  %122 = load i64, ptr %119, align 4
  %123 = load i64, ptr %121, align 4
  %124 = lshr i64 %122, 32
  %125 = lshr i64 %123, 32
  %126 = icmp eq i64 %124, %125
  %127 = trunc nuw i64 %125 to i32
  %128 = trunc nuw i64 %124 to i32
  %129 = icmp sgt i32 %128, %127
  %130 = trunc i64 %123 to i32
  %131 = trunc i64 %122 to i32
  %132 = icmp slt i32 %131, %130
  %133 = select i1 %126, i1 %132, i1 %129
  %134 = select i1 %133, i64 %120, i64 %118
  %135 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %134
  %136 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %116
  %137 = load <2 x i32>, ptr %135, align 4, !tbaa !5
  store <2 x i32> %137, ptr %136, align 4, !tbaa !5
  %138 = icmp slt i64 %134, %113
  br i1 %138, label %115, label %139, !llvm.loop !173

139:                                              ; preds = %115, %102
  %140 = phi i64 [ 0, %102 ], [ %134, %115 ]
  %141 = and i64 %110, 8
  %142 = icmp eq i64 %141, 0
  br i1 %142, label %143, label %153

143:                                              ; preds = %139
  %144 = add nsw i64 %111, -2
  %145 = ashr exact i64 %144, 1
  %146 = icmp eq i64 %140, %145
  br i1 %146, label %147, label %153

147:                                              ; preds = %143
  %148 = shl nsw i64 %140, 1
  %149 = or disjoint i64 %148, 1
  %150 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %149
  %151 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %140
  %152 = load <2 x i32>, ptr %150, align 4, !tbaa !5
  store <2 x i32> %152, ptr %151, align 4, !tbaa !5
  br label %153

153:                                              ; preds = %147, %143, %139
  %154 = phi i64 [ %149, %147 ], [ %140, %143 ], [ %140, %139 ]
  %155 = icmp sgt i64 %154, 0
  br i1 %155, label %160, label %156

156:                                              ; preds = %153
  %157 = trunc i64 %105 to i32
  %158 = lshr i64 %105, 32
  %159 = trunc nuw i64 %158 to i32
  br label %181

160:                                              ; preds = %153
  %161 = lshr i64 %105, 32
  %162 = trunc nuw i64 %161 to i32
  %163 = trunc i64 %105 to i32
  br label %164

164:                                              ; preds = %177, %160
  %165 = phi i64 [ %154, %160 ], [ %167, %177 ]
  %166 = add nsw i64 %165, -1
  %167 = lshr i64 %166, 1
  %168 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %167
  %169 = load i64, ptr %168, align 4
  %170 = lshr i64 %169, 32
  %171 = icmp eq i64 %170, %161
  %172 = trunc nuw i64 %170 to i32
  %173 = icmp sgt i32 %172, %162
  %174 = trunc i64 %169 to i32
  %175 = icmp slt i32 %174, %163
  %176 = select i1 %171, i1 %175, i1 %173
  br i1 %176, label %177, label %181

177:                                              ; preds = %164
  %178 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %165
  store i32 %174, ptr %178, align 4, !tbaa !58
  %179 = getelementptr inbounds i8, ptr %178, i64 4
  store i32 %172, ptr %179, align 4, !tbaa !60
  %180 = icmp ult i64 %166, 2
  br i1 %180, label %181, label %164, !llvm.loop !174

181:                                              ; preds = %177, %164, %156
  %182 = phi i32 [ %159, %156 ], [ %162, %164 ], [ %162, %177 ]
  %183 = phi i32 [ %157, %156 ], [ %163, %164 ], [ %163, %177 ]
  %184 = phi i64 [ %154, %156 ], [ 0, %177 ], [ %165, %164 ]
  %185 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %184
  store i32 %183, ptr %185, align 4, !tbaa !58
  %186 = getelementptr inbounds i8, ptr %185, i64 4
  store i32 %182, ptr %186, align 4, !tbaa !60
  %187 = icmp sgt i64 %110, 8
  br i1 %187, label %102, label %288, !llvm.loop !176

188:                                              ; preds = %9, %12
  %189 = phi ptr [ %258, %12 ], [ %1, %9 ]
  %190 = phi i64 [ %192, %12 ], [ %2, %9 ]
  %191 = phi i64 [ %286, %12 ], [ %7, %9 ]
  %192 = add nsw i64 %190, -1
  %193 = lshr i64 %191, 1
  %194 = getelementptr inbounds %"struct.std::pair.27", ptr %0, i64 %193
  %195 = getelementptr inbounds i8, ptr %189, i64 -8
  %196 = load i64, ptr %10, align 4
  %197 = load i64, ptr %194, align 4
  %198 = lshr i64 %196, 32
  %199 = lshr i64 %197, 32
  %200 = icmp eq i64 %198, %199
  %201 = trunc nuw i64 %199 to i32
  %202 = trunc nuw i64 %198 to i32
  %203 = icmp sgt i32 %202, %201
  %204 = trunc i64 %197 to i32
  %205 = trunc i64 %196 to i32
  %206 = icmp slt i32 %205, %204
  %207 = select i1 %200, i1 %206, i1 %203
  %208 = load i64, ptr %195, align 4
  %209 = lshr i64 %208, 32
  %210 = trunc nuw i64 %209 to i32
  %211 = trunc i64 %208 to i32
  br i1 %207, label %212, label %227

212:                                              ; preds = %188
  %213 = icmp eq i64 %199, %209
  %214 = icmp sgt i32 %201, %210
  %215 = icmp slt i32 %204, %211
  %216 = select i1 %213, i1 %215, i1 %214
  br i1 %216, label %217, label %219

217:                                              ; preds = %212
  %218 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %204, ptr %0, align 4, !tbaa !5
  store i32 %218, ptr %194, align 4, !tbaa !5
  br label %242

219:                                              ; preds = %212
  %220 = icmp eq i64 %198, %209
  %221 = icmp sgt i32 %202, %210
  %222 = icmp slt i32 %205, %211
  %223 = select i1 %220, i1 %222, i1 %221
  %224 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %223, label %225, label %226

225:                                              ; preds = %219
  store i32 %211, ptr %0, align 4, !tbaa !5
  store i32 %224, ptr %195, align 4, !tbaa !5
  br label %242

226:                                              ; preds = %219
  store i32 %205, ptr %0, align 4, !tbaa !5
  store i32 %224, ptr %10, align 4, !tbaa !5
  br label %242

227:                                              ; preds = %188
  %228 = icmp eq i64 %198, %209
  %229 = icmp sgt i32 %202, %210
  %230 = icmp slt i32 %205, %211
  %231 = select i1 %228, i1 %230, i1 %229
  br i1 %231, label %232, label %234

232:                                              ; preds = %227
  %233 = load i32, ptr %0, align 4, !tbaa !5
  store i32 %205, ptr %0, align 4, !tbaa !5
  store i32 %233, ptr %10, align 4, !tbaa !5
  br label %242

234:                                              ; preds = %227
  %235 = icmp eq i64 %199, %209
  %236 = icmp sgt i32 %201, %210
  %237 = icmp slt i32 %204, %211
  %238 = select i1 %235, i1 %237, i1 %236
  %239 = load i32, ptr %0, align 4, !tbaa !5
  br i1 %238, label %240, label %241

240:                                              ; preds = %234
  store i32 %211, ptr %0, align 4, !tbaa !5
  store i32 %239, ptr %195, align 4, !tbaa !5
  br label %242

241:                                              ; preds = %234
  store i32 %204, ptr %0, align 4, !tbaa !5
  store i32 %239, ptr %194, align 4, !tbaa !5
  br label %242

242:                                              ; preds = %241, %240, %232, %226, %225, %217
  %243 = phi ptr [ %10, %232 ], [ %194, %241 ], [ %195, %240 ], [ %194, %217 ], [ %10, %226 ], [ %195, %225 ]
  %244 = getelementptr inbounds i8, ptr %243, i64 4
  br label %245

245:                                              ; preds = %281, %242
  %246 = phi ptr [ %258, %281 ], [ %0, %242 ]
  %247 = phi ptr [ %282, %281 ], [ %244, %242 ]
  %248 = phi ptr [ %267, %281 ], [ %10, %242 ]
  %249 = phi ptr [ %270, %281 ], [ %189, %242 ]
  %250 = getelementptr inbounds i8, ptr %246, i64 4
  %251 = load i32, ptr %250, align 4, !tbaa !5
  %252 = load i32, ptr %247, align 4, !tbaa !5
  store i32 %252, ptr %250, align 4, !tbaa !5
  store i32 %251, ptr %247, align 4, !tbaa !5
  %253 = load i64, ptr %0, align 4
  %254 = lshr i64 %253, 32
  %255 = trunc nuw i64 %254 to i32
  %256 = trunc i64 %253 to i32
  br label %257

257:                                              ; preds = %257, %245
  %258 = phi ptr [ %248, %245 ], [ %267, %257 ]
  %259 = load i64, ptr %258, align 4
  %260 = lshr i64 %259, 32
  %261 = icmp eq i64 %260, %254
  %262 = trunc nuw i64 %260 to i32
  %263 = icmp sgt i32 %262, %255
  %264 = trunc i64 %259 to i32
  %265 = icmp slt i32 %264, %256
  %266 = select i1 %261, i1 %265, i1 %263
  %267 = getelementptr inbounds i8, ptr %258, i64 8
  br i1 %266, label %257, label %268, !llvm.loop !177

268:                                              ; preds = %257, %268
  %269 = phi ptr [ %270, %268 ], [ %249, %257 ]
  %270 = getelementptr inbounds i8, ptr %269, i64 -8
  %271 = load i64, ptr %270, align 4
  %272 = lshr i64 %271, 32
  %273 = icmp eq i64 %254, %272
  %274 = trunc nuw i64 %272 to i32
  %275 = icmp sgt i32 %255, %274
  %276 = trunc i64 %271 to i32
  %277 = icmp slt i32 %256, %276
  %278 = select i1 %273, i1 %277, i1 %275
  br i1 %278, label %268, label %279, !llvm.loop !178

279:                                              ; preds = %268
  %280 = icmp ult ptr %258, %270
  br i1 %280, label %281, label %283

281:                                              ; preds = %279
  store i32 %276, ptr %258, align 4, !tbaa !5
  store i32 %264, ptr %270, align 4, !tbaa !5
  %282 = getelementptr inbounds i8, ptr %269, i64 -4
  br label %245, !llvm.loop !179

283:                                              ; preds = %279
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(ptr nonnull %258, ptr %189, i64 noundef %192)
  %284 = ptrtoint ptr %258 to i64
  %285 = sub i64 %284, %4
  %286 = ashr exact i64 %285, 3
  %287 = icmp sgt i64 %286, 16
  br i1 %287, label %12, label %288, !llvm.loop !172

288:                                              ; preds = %283, %181, %3, %98
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local { ptr, i8 } @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %5 = alloca %"struct.std::_Hashtable<std::__cxx11::basic_string<char>, std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>, std::__detail::_Identity, std::equal_to<std::__cxx11::basic_string<char>>, std::hash<string>, std::__detail::_Mod_range_hashing, std::__detail::_Default_ranged_hash, std::__detail::_Prime_rehash_policy, std::__detail::_Hashtable_traits<true, true, true>>::_Scoped_node", align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load i64, ptr %6, align 8, !tbaa !73
  %8 = icmp ugt i64 %7, 20
  br i1 %8, label %9, label %11

9:                                                ; preds = %4
  %10 = load ptr, ptr %1, align 8, !tbaa !36
  br label %34

11:                                               ; preds = %4
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  %13 = load ptr, ptr %12, align 8, !tbaa !51
  %14 = icmp eq ptr %13, null
  %15 = load ptr, ptr %1, align 8
  br i1 %14, label %34, label %16

16:                                               ; preds = %11
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !39
  %19 = icmp eq i64 %18, 0
  br label %20

20:                                               ; preds = %16, %31
  %21 = phi ptr [ %13, %16 ], [ %32, %31 ]
  %22 = getelementptr inbounds i8, ptr %21, i64 8
  %23 = getelementptr inbounds i8, ptr %21, i64 16
  %24 = load i64, ptr %23, align 8, !tbaa !39
  %25 = icmp eq i64 %18, %24
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  br i1 %19, label %107, label %27

27:                                               ; preds = %26
  %28 = load ptr, ptr %22, align 8, !tbaa !36
  %29 = tail call i32 @bcmp(ptr %15, ptr %28, i64 %18)
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %107, label %31

31:                                               ; preds = %20, %27
  %32 = load ptr, ptr %21, align 8, !tbaa !51
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %20, !llvm.loop !180

34:                                               ; preds = %31, %9, %11
  %35 = phi ptr [ %10, %9 ], [ %15, %11 ], [ %15, %31 ]
  %36 = getelementptr inbounds i8, ptr %1, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !39
  %38 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef %35, i64 noundef %37, i64 noundef 3339675911)
          to label %42 unwind label %39

39:                                               ; preds = %34
  %40 = landingpad { ptr, i32 }
          catch ptr null
  %41 = extractvalue { ptr, i32 } %40, 0
  tail call void @__clang_call_terminate(ptr %41) #26
  unreachable

42:                                               ; preds = %34
  %43 = getelementptr inbounds i8, ptr %0, i64 8
  %44 = load i64, ptr %43, align 8
  %45 = urem i64 %38, %44
  %46 = load i64, ptr %6, align 8, !tbaa !73
  %47 = icmp ugt i64 %46, 20
  br i1 %47, label %50, label %48

48:                                               ; preds = %42
  %49 = load ptr, ptr %1, align 8, !tbaa !36
  br label %84

50:                                               ; preds = %42
  %51 = load ptr, ptr %0, align 8, !tbaa !70
  %52 = getelementptr inbounds ptr, ptr %51, i64 %45
  %53 = load ptr, ptr %52, align 8, !tbaa !32
  %54 = icmp eq ptr %53, null
  %55 = load ptr, ptr %1, align 8
  br i1 %54, label %84, label %56

56:                                               ; preds = %50
  %57 = load ptr, ptr %53, align 8, !tbaa !51
  %58 = load i64, ptr %36, align 8
  %59 = icmp eq i64 %58, 0
  %60 = getelementptr inbounds i8, ptr %57, i64 40
  %61 = load i64, ptr %60, align 8, !tbaa !181
  br label %62

62:                                               ; preds = %79, %56
  %63 = phi i64 [ %61, %56 ], [ %81, %79 ]
  %64 = phi ptr [ %57, %56 ], [ %77, %79 ]
  %65 = getelementptr inbounds i8, ptr %64, i64 8
  %66 = icmp eq i64 %63, %38
  br i1 %66, label %67, label %76

67:                                               ; preds = %62
  %68 = getelementptr inbounds i8, ptr %64, i64 16
  %69 = load i64, ptr %68, align 8, !tbaa !39
  %70 = icmp eq i64 %58, %69
  br i1 %70, label %71, label %76

71:                                               ; preds = %67
  br i1 %59, label %107, label %72

72:                                               ; preds = %71
  %73 = load ptr, ptr %65, align 8, !tbaa !36
  %74 = tail call i32 @bcmp(ptr %55, ptr %73, i64 %58)
  %75 = icmp eq i32 %74, 0
  br i1 %75, label %107, label %76

76:                                               ; preds = %72, %67, %62
  %77 = load ptr, ptr %64, align 8, !tbaa !51
  %78 = icmp eq ptr %77, null
  br i1 %78, label %84, label %79

79:                                               ; preds = %76
  %80 = getelementptr inbounds i8, ptr %77, i64 40
  %81 = load i64, ptr %80, align 8, !tbaa !181
  %82 = urem i64 %81, %44
  %83 = icmp eq i64 %82, %45
  br i1 %83, label %62, label %84, !llvm.loop !183

84:                                               ; preds = %79, %76, %48, %50
  %85 = phi ptr [ %49, %48 ], [ %55, %50 ], [ %55, %76 ], [ %55, %79 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %5) #24
  %86 = tail call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #22
  store ptr null, ptr %86, align 8, !tbaa !51
  %87 = getelementptr inbounds i8, ptr %86, i64 8
  %88 = getelementptr inbounds i8, ptr %86, i64 24
  store ptr %88, ptr %87, align 8, !tbaa !33
  %89 = getelementptr inbounds i8, ptr %1, i64 16
  %90 = icmp eq ptr %85, %89
  br i1 %90, label %91, label %96

91:                                               ; preds = %84
  %92 = load i64, ptr %36, align 8, !tbaa !39
  %93 = add i64 %92, 1
  %94 = icmp eq i64 %93, 0
  br i1 %94, label %99, label %95

95:                                               ; preds = %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %88, ptr nonnull align 8 %89, i64 %93, i1 false)
  br label %99

96:                                               ; preds = %84
  store ptr %85, ptr %87, align 8, !tbaa !36
  %97 = load i64, ptr %89, align 8, !tbaa !38
  store i64 %97, ptr %88, align 8, !tbaa !38
  %98 = load i64, ptr %36, align 8, !tbaa !39
  br label %99

99:                                               ; preds = %91, %95, %96
  %100 = phi i64 [ -1, %91 ], [ %92, %95 ], [ %98, %96 ]
  %101 = getelementptr inbounds i8, ptr %86, i64 16
  store i64 %100, ptr %101, align 8, !tbaa !39
  store ptr %89, ptr %1, align 8, !tbaa !36
  store i64 0, ptr %36, align 8, !tbaa !39
  store i8 0, ptr %89, align 8, !tbaa !38
  store ptr %0, ptr %5, align 8, !tbaa !184
  %102 = getelementptr inbounds i8, ptr %5, i64 8
  store ptr %86, ptr %102, align 8, !tbaa !186
  %103 = invoke ptr @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %45, i64 noundef %38, ptr noundef nonnull %86, i64 noundef 1)
          to label %104 unwind label %105

104:                                              ; preds = %99
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  br label %107

105:                                              ; preds = %99
  %106 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  resume { ptr, i32 } %106

107:                                              ; preds = %27, %26, %71, %72, %104
  %108 = phi ptr [ %103, %104 ], [ %64, %72 ], [ %64, %71 ], [ %21, %26 ], [ %21, %27 ]
  %109 = phi i8 [ 1, %104 ], [ 0, %72 ], [ 0, %71 ], [ 0, %26 ], [ 0, %27 ]
  %110 = insertvalue { ptr, i8 } poison, ptr %108, 0
  %111 = insertvalue { ptr, i8 } %110, i8 %109, 1
  ret { ptr, i8 } %111
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local ptr @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !169
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !72
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !73
  %13 = tail call { i8, i64 } @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %6, i64 noundef %10, i64 noundef %12, i64 noundef %4)
  %14 = extractvalue { i8, i64 } %13, 0
  %15 = trunc i8 %14 to i1
  br i1 %15, label %16, label %32

16:                                               ; preds = %5
  %17 = extractvalue { i8, i64 } %13, 1
  invoke void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %17)
          to label %29 unwind label %18

18:                                               ; preds = %16
  %19 = landingpad { ptr, i32 }
          catch ptr null
  %20 = extractvalue { ptr, i32 } %19, 0
  %21 = tail call ptr @__cxa_begin_catch(ptr %20) #24
  store i64 %8, ptr %7, align 8, !tbaa !169
  invoke void @__cxa_rethrow() #21
          to label %28 unwind label %22

22:                                               ; preds = %18
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %25

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %22
  %26 = landingpad { ptr, i32 }
          catch ptr null
  %27 = extractvalue { ptr, i32 } %26, 0
  tail call void @__clang_call_terminate(ptr %27) #26
  unreachable

28:                                               ; preds = %18
  unreachable

29:                                               ; preds = %16
  %30 = load i64, ptr %9, align 8, !tbaa !72
  %31 = urem i64 %2, %30
  br label %32

32:                                               ; preds = %29, %5
  %33 = phi i64 [ %31, %29 ], [ %1, %5 ]
  %34 = getelementptr inbounds i8, ptr %3, i64 40
  store i64 %2, ptr %34, align 8, !tbaa !181
  %35 = load ptr, ptr %0, align 8, !tbaa !70
  %36 = getelementptr inbounds ptr, ptr %35, i64 %33
  %37 = load ptr, ptr %36, align 8, !tbaa !32
  %38 = icmp eq ptr %37, null
  br i1 %38, label %42, label %39

39:                                               ; preds = %32
  %40 = load ptr, ptr %37, align 8, !tbaa !51
  store ptr %40, ptr %3, align 8, !tbaa !51
  %41 = load ptr, ptr %36, align 8, !tbaa !32
  store ptr %3, ptr %41, align 8, !tbaa !51
  br label %57

42:                                               ; preds = %32
  %43 = getelementptr inbounds i8, ptr %0, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !112
  store ptr %44, ptr %3, align 8, !tbaa !51
  store ptr %3, ptr %43, align 8, !tbaa !112
  %45 = load ptr, ptr %3, align 8, !tbaa !51
  %46 = icmp eq ptr %45, null
  br i1 %46, label %54, label %47

47:                                               ; preds = %42
  %48 = load i64, ptr %9, align 8, !tbaa !72
  %49 = getelementptr inbounds i8, ptr %45, i64 40
  %50 = load i64, ptr %49, align 8, !tbaa !181
  %51 = urem i64 %50, %48
  %52 = getelementptr inbounds ptr, ptr %35, i64 %51
  store ptr %3, ptr %52, align 8, !tbaa !32
  %53 = load ptr, ptr %0, align 8, !tbaa !70
  br label %54

54:                                               ; preds = %47, %42
  %55 = phi ptr [ %53, %47 ], [ %35, %42 ]
  %56 = getelementptr inbounds ptr, ptr %55, i64 %33
  store ptr %43, ptr %56, align 8, !tbaa !32
  br label %57

57:                                               ; preds = %39, %54
  %58 = load i64, ptr %11, align 8, !tbaa !73
  %59 = add i64 %58, 1
  store i64 %59, ptr %11, align 8, !tbaa !73
  ret ptr %3
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat align 2 personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !186
  %4 = icmp eq ptr %3, null
  br i1 %4, label %14, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !36
  %8 = getelementptr inbounds i8, ptr %3, i64 24
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %5
  %11 = load i64, ptr %8, align 8, !tbaa !38
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #23
  br label %13

13:                                               ; preds = %5, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef 48) #23
  br label %14

14:                                               ; preds = %13, %1
  ret void
}

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %3 = icmp eq i64 %1, 1
  br i1 %3, label %4, label %6, !prof !9

4:                                                ; preds = %2
  %5 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %5, align 8, !tbaa !187
  br label %15

6:                                                ; preds = %2
  %7 = icmp ugt i64 %1, 1152921504606846975
  br i1 %7, label %8, label %12, !prof !9

8:                                                ; preds = %6
  %9 = icmp ugt i64 %1, 2305843009213693951
  br i1 %9, label %10, label %11

10:                                               ; preds = %8
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

11:                                               ; preds = %8
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

12:                                               ; preds = %6
  %13 = shl nuw nsw i64 %1, 3
  %14 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %13) #22
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %14, i8 0, i64 %13, i1 false)
  br label %15

15:                                               ; preds = %4, %12
  %16 = phi ptr [ %5, %4 ], [ %14, %12 ]
  %17 = getelementptr inbounds i8, ptr %0, i64 16
  %18 = load ptr, ptr %17, align 8, !tbaa !112
  store ptr null, ptr %17, align 8, !tbaa !112
  %19 = icmp eq ptr %18, null
  br i1 %19, label %45, label %20

20:                                               ; preds = %15, %42
  %21 = phi ptr [ %23, %42 ], [ %18, %15 ]
  %22 = phi i64 [ %43, %42 ], [ 0, %15 ]
  %23 = load ptr, ptr %21, align 8, !tbaa !51
  %24 = getelementptr inbounds i8, ptr %21, i64 40
  %25 = load i64, ptr %24, align 8, !tbaa !181
  %26 = urem i64 %25, %1
  %27 = getelementptr inbounds ptr, ptr %16, i64 %26
  %28 = load ptr, ptr %27, align 8, !tbaa !32
  %29 = icmp eq ptr %28, null
  br i1 %29, label %30, label %36

30:                                               ; preds = %20
  %31 = load ptr, ptr %17, align 8, !tbaa !112
  store ptr %31, ptr %21, align 8, !tbaa !51
  store ptr %21, ptr %17, align 8, !tbaa !112
  store ptr %17, ptr %27, align 8, !tbaa !32
  %32 = load ptr, ptr %21, align 8, !tbaa !51
  %33 = icmp eq ptr %32, null
  br i1 %33, label %42, label %34

34:                                               ; preds = %30
  %35 = getelementptr inbounds ptr, ptr %16, i64 %22
  br label %39

36:                                               ; preds = %20
  %37 = load ptr, ptr %28, align 8, !tbaa !51
  store ptr %37, ptr %21, align 8, !tbaa !51
  %38 = load ptr, ptr %27, align 8, !tbaa !32
  br label %39

39:                                               ; preds = %36, %34
  %40 = phi ptr [ %35, %34 ], [ %38, %36 ]
  %41 = phi i64 [ %26, %34 ], [ %22, %36 ]
  store ptr %21, ptr %40, align 8, !tbaa !32
  br label %42

42:                                               ; preds = %39, %30
  %43 = phi i64 [ %26, %30 ], [ %41, %39 ]
  %44 = icmp eq ptr %23, null
  br i1 %44, label %45, label %20, !llvm.loop !188

45:                                               ; preds = %42, %15
  %46 = load ptr, ptr %0, align 8, !tbaa !70
  %47 = getelementptr inbounds i8, ptr %0, i64 48
  %48 = icmp eq ptr %47, %46
  br i1 %48, label %53, label %49

49:                                               ; preds = %45
  %50 = getelementptr inbounds i8, ptr %0, i64 8
  %51 = load i64, ptr %50, align 8, !tbaa !72
  %52 = shl i64 %51, 3
  tail call void @_ZdlPvm(ptr noundef %46, i64 noundef %52) #23
  br label %53

53:                                               ; preds = %45, %49
  %54 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %54, align 8, !tbaa !72
  store ptr %16, ptr %0, align 8, !tbaa !70
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !77
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !77
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !74
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !94
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !81
  %27 = load ptr, ptr %4, align 8, !tbaa !74
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #21
  unreachable

35:                                               ; preds = %2
  %36 = load ptr, ptr %0, align 8, !tbaa !107
  %37 = icmp eq ptr %8, %36
  br i1 %37, label %38, label %40

38:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext true)
  %39 = load ptr, ptr %7, align 8, !tbaa !108
  br label %40

40:                                               ; preds = %35, %38
  %41 = phi ptr [ %8, %35 ], [ %39, %38 ]
  %42 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
  %43 = getelementptr inbounds i8, ptr %41, i64 -8
  store ptr %42, ptr %43, align 8, !tbaa !32
  %44 = load ptr, ptr %7, align 8, !tbaa !108
  %45 = getelementptr inbounds i8, ptr %44, i64 -8
  store ptr %45, ptr %7, align 8, !tbaa !77
  %46 = load ptr, ptr %45, align 8, !tbaa !32
  %47 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %46, ptr %47, align 8, !tbaa !94
  %48 = getelementptr inbounds i8, ptr %46, i64 512
  store ptr %48, ptr %25, align 8, !tbaa !81
  %49 = getelementptr inbounds i8, ptr %46, i64 508
  store ptr %49, ptr %4, align 8, !tbaa !82
  %50 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %50, ptr %49, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef zeroext %2) local_unnamed_addr #4 comdat align 2 personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !109
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !108
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !35
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !107
  %20 = sub i64 %15, %13
  %21 = lshr i64 %20, 1
  %22 = getelementptr inbounds ptr, ptr %19, i64 %21
  %23 = select i1 %2, i64 %1, i64 0
  %24 = getelementptr inbounds ptr, ptr %22, i64 %23
  %25 = icmp ult ptr %24, %7
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = icmp eq ptr %26, %7
  br i1 %25, label %28, label %32

28:                                               ; preds = %18
  br i1 %27, label %65, label %29

29:                                               ; preds = %28
  %30 = ptrtoint ptr %26 to i64
  %31 = sub i64 %30, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %24, ptr nonnull align 8 %7, i64 %31, i1 false)
  br label %65

32:                                               ; preds = %18
  br i1 %27, label %65, label %33

33:                                               ; preds = %32
  %34 = ptrtoint ptr %26 to i64
  %35 = sub i64 %34, %9
  %36 = ashr exact i64 %35, 3
  %37 = sub nsw i64 0, %36
  %38 = getelementptr inbounds ptr, ptr %24, i64 %12
  %39 = getelementptr inbounds ptr, ptr %38, i64 %37
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %39, ptr align 8 %7, i64 %35, i1 false)
  br label %65

40:                                               ; preds = %3
  %41 = tail call i64 @llvm.umax.i64(i64 %15, i64 %1)
  %42 = add i64 %15, 2
  %43 = add i64 %42, %41
  %44 = icmp ugt i64 %43, 1152921504606846975
  br i1 %44, label %45, label %49, !prof !9

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #22
  %52 = sub i64 %43, %13
  %53 = lshr i64 %52, 1
  %54 = getelementptr inbounds ptr, ptr %51, i64 %53
  %55 = select i1 %2, i64 %1, i64 0
  %56 = getelementptr inbounds ptr, ptr %54, i64 %55
  %57 = getelementptr inbounds i8, ptr %5, i64 8
  %58 = icmp eq ptr %57, %7
  br i1 %58, label %62, label %59

59:                                               ; preds = %49
  %60 = ptrtoint ptr %57 to i64
  %61 = sub i64 %60, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %56, ptr align 8 %7, i64 %61, i1 false)
  br label %62

62:                                               ; preds = %49, %59
  %63 = load ptr, ptr %0, align 8, !tbaa !107
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #23
  store ptr %51, ptr %0, align 8, !tbaa !107
  store i64 %43, ptr %14, align 8, !tbaa !111
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !77
  %67 = load ptr, ptr %66, align 8, !tbaa !32
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !94
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !81
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !77
  %73 = load ptr, ptr %72, align 8, !tbaa !32
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !94
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !81
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat align 2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !77
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !77
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !74
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !94
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !81
  %27 = load ptr, ptr %4, align 8, !tbaa !74
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #21
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !111
  %38 = load ptr, ptr %0, align 8, !tbaa !107
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef zeroext false)
  %45 = load ptr, ptr %5, align 8, !tbaa !109
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !32
  %50 = load ptr, ptr %3, align 8, !tbaa !85
  %51 = load i32, ptr %1, align 4, !tbaa !5
  store i32 %51, ptr %50, align 4, !tbaa !5
  %52 = load ptr, ptr %5, align 8, !tbaa !109
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !77
  %54 = load ptr, ptr %53, align 8, !tbaa !32
  store ptr %54, ptr %18, align 8, !tbaa !94
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !81
  store ptr %54, ptr %3, align 8, !tbaa !85
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef, ptr noundef) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #16

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #18

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #19

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #20

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #19

attributes #0 = { mustprogress norecurse uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { inlinehint mustprogress nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { noinline noreturn nounwind uwtable "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { noreturn "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { nobuiltin allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #11 = { nobuiltin nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #13 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { mustprogress nofree nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { nofree nounwind }
attributes #19 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #20 = { nofree nounwind willreturn memory(argmem: read) }
attributes #21 = { noreturn }
attributes #22 = { builtin allocsize(0) }
attributes #23 = { builtin nounwind }
attributes #24 = { nounwind }
attributes #25 = { nounwind willreturn memory(read) }
attributes #26 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C++ TBAA"}
!9 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11, !16, !17}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
!18 = distinct !{!18, !11, !17, !16}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11}
!22 = !{!23, !25, i64 0}
!23 = !{!"_ZTSSt15_Rb_tree_header", !24, i64 0, !27, i64 32}
!24 = !{!"_ZTSSt18_Rb_tree_node_base", !25, i64 0, !26, i64 8, !26, i64 16, !26, i64 24}
!25 = !{!"_ZTSSt14_Rb_tree_color", !7, i64 0}
!26 = !{!"any pointer", !7, i64 0}
!27 = !{!"long", !7, i64 0}
!28 = !{!23, !26, i64 8}
!29 = !{!23, !26, i64 16}
!30 = !{!23, !26, i64 24}
!31 = !{!23, !27, i64 32}
!32 = !{!26, !26, i64 0}
!33 = !{!34, !26, i64 0}
!34 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !26, i64 0}
!35 = !{!27, !27, i64 0}
!36 = !{!37, !26, i64 0}
!37 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !34, i64 0, !27, i64 8, !7, i64 16}
!38 = !{!7, !7, i64 0}
!39 = !{!37, !27, i64 8}
!40 = distinct !{!40, !11}
!41 = distinct !{!41, !11}
!42 = distinct !{!42, !11}
!43 = !{!44, !26, i64 0}
!44 = !{!"_ZTSSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE", !26, i64 0, !27, i64 8, !45, i64 16, !27, i64 24, !46, i64 32, !26, i64 48}
!45 = !{!"_ZTSNSt8__detail15_Hash_node_baseE", !26, i64 0}
!46 = !{!"_ZTSNSt8__detail20_Prime_rehash_policyE", !47, i64 0, !27, i64 8}
!47 = !{!"float", !7, i64 0}
!48 = !{!44, !27, i64 8}
!49 = !{!46, !47, i64 0}
!50 = !{!44, !26, i64 16}
!51 = !{!45, !26, i64 0}
!52 = distinct !{!52, !11}
!53 = distinct !{!53, !11}
!54 = distinct !{!54, !11}
!55 = !{!56, !6, i64 0}
!56 = !{!"_ZTSSt4pairIKiiE", !6, i64 0, !6, i64 4}
!57 = !{!56, !6, i64 4}
!58 = !{!59, !6, i64 0}
!59 = !{!"_ZTSSt4pairIiiE", !6, i64 0, !6, i64 4}
!60 = !{!59, !6, i64 4}
!61 = distinct !{!61, !62}
!62 = !{!"llvm.loop.unroll.disable"}
!63 = distinct !{!63, !11}
!64 = distinct !{!64, !11}
!65 = distinct !{!65, !11}
!66 = distinct !{!66, !11}
!67 = distinct !{!67, !11, !16, !17}
!68 = distinct !{!68, !11, !17, !16}
!69 = !{!44, !27, i64 24}
!70 = !{!71, !26, i64 0}
!71 = !{!"_ZTSSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE", !26, i64 0, !27, i64 8, !45, i64 16, !27, i64 24, !46, i64 32, !26, i64 48}
!72 = !{!71, !27, i64 8}
!73 = !{!71, !27, i64 24}
!74 = !{!75, !26, i64 0}
!75 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !26, i64 0, !26, i64 8, !26, i64 16, !26, i64 24}
!76 = !{}
!77 = !{!75, !26, i64 24}
!78 = !{!79}
!79 = distinct !{!79, !80, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!80 = distinct !{!80, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!81 = !{!75, !26, i64 16}
!82 = !{!83, !26, i64 16}
!83 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !26, i64 0, !27, i64 8, !75, i64 16, !75, i64 48}
!84 = !{!83, !26, i64 24}
!85 = !{!83, !26, i64 48}
!86 = !{!83, !26, i64 64}
!87 = distinct !{!87, !11}
!88 = !{!89}
!89 = distinct !{!89, !90, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!90 = distinct !{!90, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!91 = !{!92}
!92 = distinct !{!92, !93, !"_ZNSt5dequeIiSaIiEE3endEv: argument 0"}
!93 = distinct !{!93, !"_ZNSt5dequeIiSaIiEE3endEv"}
!94 = !{!75, !26, i64 8}
!95 = !{!96, !26, i64 8}
!96 = !{!"_ZTSNSt8__detail15_List_node_baseE", !26, i64 0, !26, i64 8}
!97 = !{!96, !26, i64 0}
!98 = !{!99, !27, i64 16}
!99 = !{!"_ZTSNSt8__detail17_List_node_headerE", !96, i64 0, !27, i64 16}
!100 = !{!101, !27, i64 16}
!101 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEEE", !102, i64 0}
!102 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEE10_List_implE", !99, i64 0}
!103 = distinct !{!103, !11}
!104 = distinct !{!104, !11}
!105 = distinct !{!105, !11}
!106 = distinct !{!106, !11}
!107 = !{!83, !26, i64 0}
!108 = !{!83, !26, i64 40}
!109 = !{!83, !26, i64 72}
!110 = distinct !{!110, !11}
!111 = !{!83, !27, i64 8}
!112 = !{!71, !26, i64 16}
!113 = distinct !{!113, !11}
!114 = distinct !{!114, !11}
!115 = !{!116}
!116 = distinct !{!116, !117, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_: argument 0"}
!117 = distinct !{!117, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_"}
!118 = distinct !{!118, !11}
!119 = distinct !{!119, !11}
!120 = distinct !{!120, !11}
!121 = distinct !{!121, !11}
!122 = distinct !{!122, !11}
!123 = distinct !{!123, !11}
!124 = !{!24, !26, i64 24}
!125 = !{!24, !26, i64 16}
!126 = distinct !{!126, !11}
!127 = distinct !{!127, !11}
!128 = distinct !{!128, !11}
!129 = distinct !{!129, !11}
!130 = distinct !{!130, !11}
!131 = distinct !{!131, !11}
!132 = distinct !{!132, !11}
!133 = distinct !{!133, !11}
!134 = distinct !{!134, !11}
!135 = distinct !{!135, !11}
!136 = distinct !{!136, !11}
!137 = distinct !{!137, !11}
!138 = distinct !{!138, !11}
!139 = !{!140}
!140 = distinct !{!140, !141}
!141 = distinct !{!141, !"LVerDomain"}
!142 = !{!143}
!143 = distinct !{!143, !141}
!144 = distinct !{!144, !11, !16, !17}
!145 = distinct !{!145, !11, !16}
!146 = !{!147}
!147 = distinct !{!147, !148}
!148 = distinct !{!148, !"LVerDomain"}
!149 = !{!150}
!150 = distinct !{!150, !148}
!151 = distinct !{!151, !11, !16, !17}
!152 = distinct !{!152, !11, !16}
!153 = distinct !{!153, !62}
!154 = !{!155}
!155 = distinct !{!155, !156}
!156 = distinct !{!156, !"LVerDomain"}
!157 = !{!158}
!158 = distinct !{!158, !156}
!159 = distinct !{!159, !11, !16, !17}
!160 = distinct !{!160, !11}
!161 = distinct !{!161, !11, !16}
!162 = !{!163, !6, i64 32}
!163 = !{!"_ZTSSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiE", !37, i64 0, !6, i64 32}
!164 = !{!165, !26, i64 8}
!165 = !{!"_ZTSNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeE", !26, i64 0, !26, i64 8}
!166 = distinct !{!166, !11}
!167 = distinct !{!167, !11}
!168 = distinct !{!168, !11}
!169 = !{!46, !27, i64 8}
!170 = !{!44, !26, i64 48}
!171 = distinct !{!171, !11}
!172 = distinct !{!172, !11}
!173 = distinct !{!173, !11}
!174 = distinct !{!174, !11}
!175 = distinct !{!175, !11}
!176 = distinct !{!176, !11}
!177 = distinct !{!177, !11}
!178 = distinct !{!178, !11}
!179 = distinct !{!179, !11}
!180 = distinct !{!180, !11}
!181 = !{!182, !27, i64 0}
!182 = !{!"_ZTSNSt8__detail21_Hash_node_code_cacheILb1EEE", !27, i64 0}
!183 = distinct !{!183, !11}
!184 = !{!185, !26, i64 0}
!185 = !{!"_ZTSNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeE", !26, i64 0, !26, i64 8}
!186 = !{!185, !26, i64 8}
!187 = !{!71, !26, i64 48}
!188 = distinct !{!188, !11}
