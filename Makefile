SHELL := /bin/bash
# The README's two commands are `make run` and `make test`; each runs scripts/setup first.
SWIFT ?= swift
DB ?= var/matchd.sqlite
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: setup run test bench build release conformance format

setup:
	@./scripts/setup

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product matchd

# Serve the demo municipality on $(HOST):$(PORT), seeding $(DB) first when it is absent.
run: release
	@./scripts/run-demo "$$($(SWIFT) build -c release --show-bin-path)/matchd" "$(DB)" "$(HOST)" "$(PORT)"

# The whole test suite (CI runs exactly this): the taxonomy check (and the checker's own
# self-test), the format lint (.swift-format; `make format` fixes what it can), the Swift tests, then the spec as the test (schemathesis, every role) and a client
# generated from the spec, against the built matchd.
test: setup
	./scripts/check-taxonomy && ./scripts/check-taxonomy --self-test
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Benchmarks Package.swift
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	./scripts/contract-test "$$($(SWIFT) build --show-bin-path)/matchd"

# Benchmarks, release build; prints `name value unit` lines: the engine on a generated
# population (matchbench), the store (writes, bulk import, start-up) and the match route under
# wrk on 127.0.0.1. Takes several minutes; not part of `make test`. The other scripts/bench-*
# (interests, overview, webhooks, load) are run by hand; docs/performance.md describes them all.
bench: setup
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/matchbench"
	MATCHD_BIN="$$($(SWIFT) build -c release --show-bin-path)/matchd" MATCHBENCH_BIN="$$($(SWIFT) build -c release --show-bin-path)/matchbench" ./scripts/bench-store
	MATCHD_BIN="$$($(SWIFT) build -c release --show-bin-path)/matchd" ./scripts/bench-route

# Formats the tree as .swift-format says (what `make test` lints).
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Benchmarks Package.swift
