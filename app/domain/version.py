"""The product's version: one constant, light enough for `standby --version` and every
start of the command to read without loading the control plane."""

VERSION = "0.1.0"
