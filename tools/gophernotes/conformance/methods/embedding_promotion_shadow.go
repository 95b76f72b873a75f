package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type User struct {
	Base
	*Logger
	Name  string // shadows Base.Name
	Email string
}

func (u User) Kind() string { return "user/" + u.Base.Kind() }

type Admin struct {
	User
	Level int
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	u := User{Base: Base{1, "base-name"}, Logger: &Logger{}, Name: "ann", Email: "a@x"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Describe(), u.Kind())
	u.Rename("renamed")
	fmt.Println(u.Name, u.Base.Name)
	u.Log("one")
	u.Log("two")
	fmt.Println(u.lines, len(u.Logger.lines))
	a := Admin{User: u, Level: 3}
	a.ID = 9
	fmt.Println(a.ID, u.ID, a.Kind(), a.Describe(), a.Name)
	a.Log("admin")
	fmt.Println(u.lines) // the Logger pointer is shared
	var d Describer = a
	var k Kinder = &a
	fmt.Println(d.Describe(), k.Kind())
	ds := []Describer{u, a, Base{5, "b"}, &u}
	for _, x := range ds {
		fmt.Print(x.Describe(), "; ")
	}
	fmt.Println()
	f := a.Describe
	a.Base.Name = "later"
	fmt.Println(f(), a.Describe())
}
