# Neurons in Go: the course's commands. `make help` lists them.
#
#   make course    set up (Jupyter, the Go kernel), execute every lesson, build the website in build/
#   make test      set up, then vet, lint, unit tests, the kernel tests, every lesson, the website
#                  and its check in a headless Chromium
#
# Both start with scripts/setup.sh, which is idempotent (a few seconds when nothing changed).

# Debian's Python, which setup installs Jupyter for (another python3 first on PATH usually lacks it).
PYTHON ?= $(shell if [ -x /usr/bin/python3 ] || ! command -v python3 >/dev/null; then echo /usr/bin/python3; else command -v python3; fi)
export PYTHON
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# The course's go commands ignore a GOFLAGS or go.work of the caller's (say -mod=vendor, which
# this module does not use) and never switch toolchains behind your back.
export GOFLAGS :=
export GOWORK := off
export GOTOOLCHAIN := local
BUILD ?= build
# Extra flags for make unit's go test commands (GOFLAGS is cleared above): scripts/stress.sh
# passes -count=1 so that every run tests again instead of printing "(cached)".
GOTESTFLAGS ?=

.PHONY: help setup course test vet lint unit kernel-test kernel-stress notebooks site sitecheck notebook update-notebooks bench clean playground playcheck image-check stress-test

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 20

setup: ## install Jupyter, gcc, the site's tools and Chromium (Debian, as root); build + install the Go kernel
	@bash scripts/setup.sh

course: notebooks site ## execute every notebook on the Go kernel, then build the website (build/index.html) and, last, the playground
	@$(MAKE) --no-print-directory playground

test: setup vet lint unit kernel-test course sitecheck playcheck ## everything CI runs
	@echo "make test: all passed"

vet: ## go vet (and of the playground's WebAssembly build)
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./cmd/playground

lint: ## staticcheck (pinned version, fetched through the Go module proxy)
	go run $(STATICCHECK) ./...

# go test's default -timeout of 10 minutes per package is too short on a heavily loaded machine
# (pkg/plotting's tests ran past it under six busy loops on two cores); 30 minutes still ends a hang.
GOTEST_TIMEOUT ?= 30m
# GOAMD64=v3 lets the compiler fuse a multiply and an add in plain Go: the packages that promise
# results bit for bit those of a scalar loop run their tests under it too.
unit: ## go test ./...; pkg/nn and pkg/plotting again with GOAMD64=v3; pkg/nn's plain-Go kernels (purego) against its reference; the notebooks match their sources
	go test $(GOTESTFLAGS) -timeout $(GOTEST_TIMEOUT) ./...
	GOAMD64=v3 go test $(GOTESTFLAGS) -timeout $(GOTEST_TIMEOUT) ./pkg/nn/... ./pkg/plotting
	go test $(GOTESTFLAGS) -timeout $(GOTEST_TIMEOUT) -tags purego ./pkg/nn/internal/...
	go test $(GOTESTFLAGS) -timeout $(GOTEST_TIMEOUT) -tags purego -run Reference ./pkg/nn
	go run ./cmd/nbgen -check

kernel-test: setup ## the kernel regression test, Jupyter's kernel conformance suite, the Go conformance corpus
	@$(PYTHON) scripts/test_kernel.py
	@$(PYTHON) scripts/test_kernel_protocol.py
	@$(PYTHON) scripts/conformance.py

# kernel-test N times in a row under STRESS_LOOPS busy loops (scripts/stress.sh, as stress-test);
# the first failure stops it, and the loops end however it ends.
N ?= 10
kernel-stress: setup ## run kernel-test N times (default 10) in a row under six busy loops; stops at the first failure
	@bash scripts/stress.sh -l $(STRESS_LOOPS) -r $(N) -- $(MAKE) --no-print-directory kernel-test

notebooks: setup ## execute every lesson (what course runs, also part of test) into build/notebooks
	@$(PYTHON) scripts/run_notebooks.py --out $(BUILD)/notebooks --no-html

site: ## build the website from the executed lessons (Sphinx, nbsphinx, sphinx-book-theme)
	@$(PYTHON) scripts/build_site.py --build $(BUILD)

sitecheck: ## open the built website in headless Chromium and check it (cmd/sitecheck)
	go run ./cmd/sitecheck -dir $(BUILD)

notebook: setup ## start Jupyter on notebooks/ (token auth on; open the URL it prints)
	cd notebooks && $(PYTHON) -m notebook --no-browser $(if $(filter 0,$(shell id -u)),--allow-root)

update-notebooks: setup ## write the lessons and solved copies from notebooks/source, execute them, save their outputs
	go run ./cmd/nbgen
	@$(PYTHON) scripts/run_notebooks.py --out $(BUILD)/notebooks --no-html --update

bench: ## compare pkg/nn with numpy and scikit-learn on this machine: the lessons' workloads and the growth table (about 2 min)
	go run ./cmd/nnbench -count 3

# The playground runs after the rest of the site is in $(BUILD) (course calls it last) and writes
# only its own files: playground.html and playground/.
playground: ## build the in-browser playground (pkg/nn in WebAssembly) into build/playground.html
	@mkdir -p $(BUILD)/playground
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o $(BUILD)/playground/playground.wasm ./cmd/playground
	cp "$$(go env GOROOT)/lib/wasm/wasm_exec.js" $(BUILD)/playground/wasm_exec.js
	cp cmd/playground/web/worker.js cmd/playground/web/playground.js cmd/playground/web/playground.css $(BUILD)/playground/
	cp cmd/playground/web/playground.html $(BUILD)/playground.html
	go run ./cmd/playdata -digits data/digits.csv.gz -out $(BUILD)/playground/digits.txt
	@echo "playground: $(BUILD)/playground.html ($$(gzip -9 -c $(BUILD)/playground/playground.wasm | wc -c) bytes of wasm gzipped); serve $(BUILD)/ over http to open it"

playcheck: playground ## check the playground in headless Chromium (XOR to 90%, digits, controls, bad input)
	go run ./cmd/playcheck -dir $(BUILD)

image-check: ## build the Binder/Docker image with buildah (no Docker engine; as root), start it as mybinder does, run every lesson through its API
	@$(PYTHON) scripts/image_check.py

# The load: STRESS_LOOPS busy loops (a load of about 6-8 on two cores), STRESS_RUNS runs in a row.
STRESS_LOOPS ?= 6
STRESS_RUNS ?= 1
stress-test: ## make test under six busy loops (STRESS_RUNS=5 for five runs in a row); the loops always end with it
	@bash scripts/stress.sh -l $(STRESS_LOOPS) -r $(STRESS_RUNS) -- $(MAKE) --no-print-directory test

clean: ## remove build/, the site's staging folder and the built kernel
	rm -rf $(BUILD) .site-$(notdir $(BUILD)) tools/gophernotes/bin
