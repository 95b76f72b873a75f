package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

type Bank struct {
	accounts []Account
	log      []string
}

func (b *Bank) Deposit(i, amt int) func() {
	return func() {
		b.accounts[i].Balance += amt
		b.log = append(b.log, fmt.Sprintf("%s+%d", b.accounts[i].Owner, amt))
	}
}

func main() {
	b := &Bank{accounts: []Account{{"ann", 10}, {"bob", 0}}}
	ops := []func(){b.Deposit(0, 5), b.Deposit(1, 7), b.Deposit(0, 1)}
	for _, op := range ops {
		op()
	}
	fmt.Println(b.accounts, b.log)

	acc := Account{"eve", 1}
	add := func(n int) { acc.Balance += n }
	snapshot := acc
	add(10)
	add(5)
	fmt.Println(acc, snapshot)

	p := &acc
	rename := func() { p.Owner = "EVE" }
	rename()
	fmt.Println(acc.Owner)

	var total int
	sum := func(as ...Account) {
		for _, a := range as {
			total += a.Balance
		}
	}
	sum(b.accounts...)
	fmt.Println(total)
}
