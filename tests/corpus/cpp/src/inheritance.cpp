// corpus: also -fno-exceptions
// Virtual functions, multiple inheritance (this-adjusting thunks), virtual inheritance
// (a diamond with one shared base), pure virtual interfaces, virtual destructors through
// base pointers, covariant returns and calls through pointers to members.
#include <cstdio>
#include <memory>
#include <vector>

struct Shape {
  virtual ~Shape() { printf("~Shape\n"); }
  virtual double area() const = 0;
  virtual const char *name() const { return "shape"; }
  virtual Shape *clone() const = 0;
};
struct Rect : Shape {
  double w, h;
  Rect(double a, double b) : w(a), h(b) {}
  ~Rect() override { printf("~Rect %gx%g\n", w, h); }
  double area() const override { return w * h; }
  const char *name() const override { return "rect"; }
  Rect *clone() const override { return new Rect(*this); }
};
struct Square final : Rect {
  explicit Square(double s) : Rect(s, s) {}
  ~Square() override { printf("~Square\n"); }
  const char *name() const override { return "square"; }
  Square *clone() const override { return new Square(*this); }
};
struct Circle : Shape {
  double r;
  explicit Circle(double x) : r(x) {}
  double area() const override { return 3.0 * r * r; }
  Circle *clone() const override { return new Circle(*this); }
};

struct Printable {
  virtual ~Printable() = default;
  virtual void print() const = 0;
  int tag = 100;
};
struct Countable {
  virtual ~Countable() = default;
  virtual int count() const = 0;
  int weight = 7;
};
struct Both : Printable, Countable {
  int items;
  explicit Both(int n) : items(n) {}
  void print() const override { printf("Both with %d items (tag %d)\n", items, tag); }
  int count() const override { return items * weight; }
};

struct Animal {
  int legs;
  explicit Animal(int l) : legs(l) { printf("Animal(%d)\n", l); }
  virtual ~Animal() = default;
  virtual const char *sound() const { return "..."; }
};
struct Pet : virtual Animal {
  const char *owner;
  Pet() : Animal(-1), owner("nobody") {}
  const char *sound() const override { return "purr"; }
};
struct Worker : virtual Animal {
  int hours = 8;
  Worker() : Animal(-2) {}
};
struct Dog : Pet, Worker {
  Dog() : Animal(4) { owner = "alice"; }
  const char *sound() const override { return "woof"; }
};

struct Calc {
  int base;
  explicit Calc(int b) : base(b) {}
  int add(int x) const { return base + x; }
  int mul(int x) const { return base * x; }
  virtual int vf(int x) const { return base - x; }
  virtual ~Calc() = default;
};

int main() {
  std::vector<std::unique_ptr<Shape>> shapes;
  shapes.emplace_back(new Rect(2, 3));
  shapes.emplace_back(new Square(4));
  shapes.emplace_back(new Circle(1.5));
  double total = 0;
  for (auto &s : shapes) {
    printf("%s area %.2f\n", s->name(), s->area());
    total += s->area();
  }
  printf("total %.2f\n", total);
  std::unique_ptr<Shape> copy(shapes[1]->clone());
  printf("clone of %s has area %.1f\n", copy->name(), copy->area());
  copy.reset();
  shapes.clear();

  Both b(6);
  Printable *p = &b;
  Countable *c = &b;
  p->print();
  printf("count through second base: %d\n", c->count());
  printf("bases at different addresses: %d\n", (void *)p != (void *)c);

  Dog d;
  Animal *a = &d;
  Pet *pet = &d;
  Worker *w = &d;
  printf("dog: %d legs, says %s, owner %s, works %d hours\n", a->legs, a->sound(), pet->owner, w->hours);
  printf("one shared Animal: %d\n", static_cast<Animal *>(pet) == static_cast<Animal *>(w));

  int (Calc::*ops[])(int) const = {&Calc::add, &Calc::mul, &Calc::vf};
  Calc k(10);
  for (auto op : ops) printf("op(3) = %d\n", (k.*op)(3));
  return 0;
}
