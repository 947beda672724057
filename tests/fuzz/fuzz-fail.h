/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdlib.h>

#include <glib.h>

/* A broken promise found by a fuzz target. g_error() stops with SIGTRAP, which libFuzzer does
 * not catch, so the input would be lost; abort() makes libFuzzer save it under crashes/. */
#define fuzz_fail(...) (g_printerr (__VA_ARGS__), g_printerr ("\n"), abort ())
