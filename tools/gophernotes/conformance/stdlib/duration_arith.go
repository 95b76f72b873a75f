package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Truncate(time.Hour), d.Round(time.Hour))
	steps := 7
	per := 1500 * time.Millisecond
	total := time.Duration(steps) * per
	fmt.Println(total, total/3, total%time.Second, total.Seconds())
	fmt.Println(time.Duration(0), time.Duration(1), 999*time.Microsecond, -2*time.Second)
	fmt.Printf("%v %d %s %.1f\n", time.Second, time.Second, 3*time.Millisecond, time.Duration(2500*time.Millisecond).Seconds())
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Milliseconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	t2 := t.Add(time.Hour)
	fmt.Println(t2, t2.Sub(t), t2.Weekday(), t2.YearDay())
	fmt.Println(t.AddDate(0, 1, 1).Format("2006-01-02 15:04"), t.Format(time.RFC3339))
	fmt.Println(t2.After(t), t.Equal(t2.Add(-time.Hour)), t2.Sub(t) > 59*time.Minute)
	type Lap struct {
		Name string
		Time time.Duration
	}
	laps := []Lap{{"a", 61 * time.Second}, {"b", 59500 * time.Millisecond}}
	var sum time.Duration
	for _, l := range laps {
		sum += l.Time
	}
	fmt.Println(laps, sum, sum/time.Duration(len(laps)))
	fmt.Printf("%v %+v\n", laps[0], laps[1])
}
