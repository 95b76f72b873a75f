package plotting

import (
	"reflect"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
)

func TestLossCharts(t *testing.T) {
	var a, b, at, bt, acc, acct []float64
	for e := 0; e < 50; e++ {
		a = append(a, 1/(1+0.1*float64(e)))
		at = append(at, 1.1/(1+0.08*float64(e)))
		b = append(b, 1/(1+0.5*float64(e)))
		bt = append(bt, 1.2/(1+0.3*float64(e)))
		acc = append(acc, 1-0.5/(1+0.2*float64(e)))
		acct = append(acct, 1-0.55/(1+0.15*float64(e)))
	}
	f, err := Loss("3 vs 50 hidden", true, Run{Label: "3 hidden", TrainLoss: a, TestLoss: at}, Run{Label: "50 hidden", TrainLoss: b, TestLoss: bt, TrainAccuracy: acc, TestAccuracy: acct})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss.png", f)
	f, err = Loss("", false, Run{TrainLoss: a, TestLoss: at})
	if err != nil {
		t.Fatal(err)
	}
	checkFigure(t, "loss1.png", f)
}

// TestHistoryFieldsAreRunFields checks the seam between nn.Train and
// Loss: every field of nn.History is a field of Run with the same name
// and type (History.TestName goes to Run.HeldOut), so a history fills a
// Run field by field.
func TestHistoryFieldsAreRunFields(t *testing.T) {
	h, r := reflect.TypeFor[nn.History](), reflect.TypeFor[Run]()
	renamed := map[string]string{"TestName": "HeldOut"}
	for i := 0; i < h.NumField(); i++ {
		f := h.Field(i)
		name := f.Name
		if to, ok := renamed[name]; ok {
			name = to
		}
		g, ok := r.FieldByName(name)
		if !ok || g.Type != f.Type {
			t.Errorf("nn.History.%s (%v) has no Run field of the same name and type", f.Name, f.Type)
		}
	}
}
