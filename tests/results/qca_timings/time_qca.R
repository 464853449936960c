# Timings of R's QCA on the random crisp truth tables of benchmarks/bench_qca.py.
#
# Run from the repository root after `python benchmarks/bench_qca.py` has
# written the inputs (random_k12.csv, random_k16.csv beside this script):
#
#     Rscript tests/results/qca_timings/time_qca.R [repetitions]
#
# Needs the R packages QCA and jsonlite. Writes r_timings.json beside this
# script: R and QCA versions, the exact calls, elapsed seconds of every
# repetition, and the models R returns (so the Python benchmark can check
# that both engines agree, not only compare speed).

suppressPackageStartupMessages({
    if (!requireNamespace("QCA", quietly = TRUE)) {
        stop("R package QCA is not installed (Debian has no r-cran-qca; ",
             "install it from CRAN: install.packages('QCA'))")
    }
    library(QCA)
    library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) > 0) as.integer(args[1]) else 5L
file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
here <- if (length(file_arg)) dirname(normalizePath(sub("^--file=", "", file_arg))) else "."

time_call <- function(expr_text, env) {
    expr <- parse(text = expr_text)[[1]]
    value <- NULL
    secs <- numeric(reps)
    for (i in seq_len(reps)) {
        t0 <- proc.time()[["elapsed"]]
        value <- eval(expr, env)
        secs[i] <- proc.time()[["elapsed"]] - t0
    }
    list(call = expr_text, seconds = secs, value = value)
}

models_of <- function(sol) {
    lapply(sol$solution, function(m) I(unname(m)))  # I(): arrays even for one term
}

cases <- list()
for (k in c(12L, 16L)) {
    path <- file.path(here, sprintf("random_k%d.csv", k))
    if (!file.exists(path)) {
        stop("missing ", path, "; run python benchmarks/bench_qca.py first")
    }
    env <- new.env()
    env$d <- read.csv(path, row.names = 1, check.names = FALSE)
    tt <- time_call('truthTable(d, outcome = "Y", incl.cut = 1)', env)
    env$tt <- tt$value
    pars <- time_call('minimize(tt, include = "?")', env)
    cons <- time_call('minimize(tt)', env)
    cases[[sprintf("k%d", k)]] <- list(
        conditions = k,
        cases = nrow(env$d),
        input = basename(path),
        truth_table = list(call = tt$call, seconds = tt$seconds),
        parsimonious = list(call = pars$call, seconds = pars$seconds,
                            n_models = length(pars$value$solution),
                            n_prime_implicants = nrow(pars$value$PIchart),
                            models = models_of(pars$value)),
        conservative = list(call = cons$call, seconds = cons$seconds,
                            n_models = length(cons$value$solution),
                            models = models_of(cons$value))
    )
}

out <- list(
    R = R.version.string,
    QCA = as.character(packageVersion("QCA")),
    platform = R.version$platform,
    date = format(Sys.time(), "%Y-%m-%d %H:%M:%S %Z"),
    repetitions = reps,
    timer = "proc.time() elapsed, seconds, one call per repetition",
    cases = cases
)
write_json(out, file.path(here, "r_timings.json"), auto_unbox = TRUE, digits = NA,
           pretty = TRUE)
cat("wrote", file.path(here, "r_timings.json"), "\n")
