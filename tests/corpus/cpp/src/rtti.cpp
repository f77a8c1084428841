// corpus: also -fno-exceptions
// Run-time type information between JIT code and libstdc++: typeid of polymorphic objects
// and of built-in types (whose type_info objects live in libstdc++), type_info names and
// comparisons, dynamic_cast down, across and to void*, failed casts giving null, casts
// between JIT classes and libstdc++'s (a JIT class derived from std::runtime_error, whose
// type_info points into libstdc++, cast by libstdc++'s __dynamic_cast, and library objects
// cast to JIT types), and (with exceptions) a failed reference cast throwing std::bad_cast.
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <typeinfo>
#include <vector>

struct Node { virtual ~Node() = default; int id = 0; };
struct Leaf : Node { int value = 1; };
struct Branch : Node { std::vector<Node *> kids; };
struct Mixin { virtual ~Mixin() = default; virtual int mix() const { return 3; } };
struct Fancy : Leaf, Mixin { int mix() const override { return 30; } };
struct Plain { int x; };
struct MyError : std::runtime_error {
  int code = 7;
  explicit MyError(const char *m) : std::runtime_error(m) {}
};

template <typename T> const char *category(const T &) {
  if (typeid(T) == typeid(int)) return "int";
  if (typeid(T) == typeid(double)) return "double";
  if (typeid(T) == typeid(std::string)) return "std::string";
  return "other";
}

int main() {
  Leaf leaf;
  Branch branch;
  Fancy fancy;
  Node *nodes[] = {&leaf, &branch, &fancy};
  for (Node *n : nodes) {
    const std::type_info &t = typeid(*n);
    printf("%s: leaf %d branch %d fancy %d", t.name(), dynamic_cast<Leaf *>(n) != nullptr,
           dynamic_cast<Branch *>(n) != nullptr, dynamic_cast<Fancy *>(n) != nullptr);
    if (Mixin *m = dynamic_cast<Mixin *>(n)) printf(" cross-cast mix %d", m->mix());
    printf(" most-derived %d\n", dynamic_cast<void *>(n) == static_cast<void *>(n) ||
                                      typeid(*n) == typeid(Fancy));
  }
  printf("typeid(leaf) == typeid(Leaf): %d\n", typeid(leaf) == typeid(Leaf));
  printf("typeid(leaf) == typeid(Node): %d\n", typeid(leaf) == typeid(Node));
  printf("static types: %s %s %s %s\n", typeid(int).name(), typeid(const char *).name(),
         typeid(Plain).name(), typeid(std::vector<int>).name());
  printf("categories: %s %s %s %s\n", category(1), category(2.0), category(std::string("s")),
         category('c'));
  printf("before: %d\n", typeid(int).before(typeid(double)) != typeid(double).before(typeid(int)));
  printf("hash codes equal for equal types: %d\n",
         typeid(Leaf).hash_code() == typeid(leaf).hash_code());
  Mixin *m = &fancy;
  Node *back = dynamic_cast<Node *>(m);
  printf("cross-cast back to Node gives id %d, same object %d\n", back->id, back == nodes[2]);
  std::exception *mine = new MyError("custom");
  std::exception *lib = new std::out_of_range("from the library");
  printf("MyError: runtime_error %d, MyError code %d, logic_error %d, what '%s'\n",
         dynamic_cast<std::runtime_error *>(mine) != nullptr, dynamic_cast<MyError *>(mine)->code,
         dynamic_cast<std::logic_error *>(mine) != nullptr, mine->what());
  printf("out_of_range: logic_error %d, MyError %d, typeid matches %d, what '%s'\n",
         dynamic_cast<std::logic_error *>(lib) != nullptr, dynamic_cast<MyError *>(lib) != nullptr,
         typeid(*lib) == typeid(std::out_of_range), lib->what());
  printf("names: %s %s\n", typeid(*mine).name(), typeid(*lib).name());
  delete mine;
  delete lib;
#if __cpp_exceptions
  try {
    Leaf &l = dynamic_cast<Leaf &>(*nodes[1]);
    printf("unexpected %d\n", l.value);
  } catch (const std::bad_cast &e) {
    printf("bad_cast caught (%s)\n", strstr(e.what(), "cast") ? "mentions cast" : e.what());
  }
  try {
    Node *null = nullptr;
    printf("%s\n", typeid(*null).name());
  } catch (const std::bad_typeid &) {
    printf("bad_typeid caught\n");
  }
#else
  printf("no exceptions: failed reference casts not tried\n");
#endif
  return 0;
}
