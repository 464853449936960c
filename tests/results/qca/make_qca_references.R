## Reference outputs of R's QCA (and SetMethods) for regionalism.qca.
##
## Run from the repository root, with R's QCA built from source as described in
## tests/results/qca/README.md (R_LIBS=/tmp/Rlib):
##   R_LIBS=/tmp/Rlib Rscript tests/results/qca/make_qca_references.R > tests/results/qca/references.Rout 2>&1
##
## Writes tests/results/qca/sweep/<data set>.json: for every classic data set in
## ../shared/qca/data (copied to tests/results/qca/data), both outcome polarities
## and incl.cut in 0.75, 0.8, 0.85, 0.9, 1: the truth table and the conservative,
## parsimonious and intermediate solutions. Every entry stores the exact R call.
## Outcome: the last column, except where OUTCOMES below names it (documented
## outcome columns of data sets with several outcome columns). Intermediate
## solutions use dir.exp = every condition present (its highest level, written
## X[v], in data with multi-value conditions): a fixed rule for a comparison of
## engines, not a substantive expectation.
suppressPackageStartupMessages({library(QCA); library(jsonlite)})
options(digits = 15, width = 150)
src_dir <- Sys.getenv("QCA_DATA", "../shared/qca/data")
out_dir <- "tests/results/qca"
data_dir <- file.path(out_dir, "data")
sweep_dir <- Sys.getenv("QCA_SWEEP_DIR", file.path(out_dir, "sweep"))
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
dir.create(sweep_dir, showWarnings = FALSE, recursive = TRUE)

## outcome and conditions where the last column is not the (only) outcome
OUTCOMES <- list(
  HarKem = list(outcome = "PB", conditions = c("C", "F", "T", "R", "V")),
  d.HK = list(outcome = "PB", conditions = c("C", "F", "T", "R", "V")),
  d.partybans = list(outcome = "PB", conditions = c("C", "F", "T", "R", "V")),
  d.CS = list(outcome = "REP", conditions = c("VI", "DT", "SA", "CS", "DF", "PF")),
  d.homeless = list(outcome = "REP", conditions = c("VI", "DT", "SA", "CS", "DF", "PF")),
  NF = list(outcome = "W", conditions = c("A", "I", "M", "U"))
)
SKIP <- list(
  LR = "raw (uncalibrated) data", CVR = "raw (uncalibrated) data",
  RS = "temporal QCA ('-' codes)", RagStr = "temporal QCA ('dc' codes)",
  d.RS = "temporal QCA ('-' codes)", d.graduate = "temporal QCA ('-' codes)",
  d.BWB = "legacy data set without a documented outcome (17 columns)",
  d.health = "legacy data set without a documented outcome (17 columns)"
)
CUTS <- c(0.75, 0.8, 0.85, 0.9, 1)

num <- function(x) { x <- suppressWarnings(as.numeric(x)); ifelse(is.na(x), NA, x) }
tt_rows <- function(tt) {
  t <- tt$tt
  conds <- tt$options$conditions
  lapply(seq_len(nrow(t)), function(i) {
    r <- list(row = as.integer(rownames(t)[i]))
    for (c in conds) r[[c]] <- as.integer(t[i, c])
    r$OUT <- as.character(t$OUT[i]); r$n <- as.integer(t$n[i])
    r$incl <- num(t$incl[i]); r$PRI <- num(t$PRI[i])
    r$cases <- if (!is.null(t$cases)) as.character(t$cases[i]) else ""
    r
  })
}
model_fit <- function(ic) {
  if (is.null(ic)) return(NULL)
  sol <- ic$sol.incl.cov
  if (is.null(sol)) return(NULL)
  lapply(seq_len(nrow(sol)), function(i) list(inclS = num(sol[i, "inclS"]),
                                                  PRI = num(sol[i, "PRI"]),
                                                  covS = num(sol[i, "covS"])))
}
sol_entry <- function(call, expr) {
  res <- tryCatch(withCallingHandlers(eval(parse(text = expr), envir = globalenv()),
                                      warning = function(w) invokeRestart("muffleWarning")),
                  error = function(e) e)
  if (inherits(res, "error")) return(list(call = call, error = conditionMessage(res)))
  out <- list(call = call, solutions = lapply(res$solution, function(x) I(as.character(x))),
              essential = I(as.character(res$essential)))
  if (!is.null(res$i.sol)) {
    out$intermediate <- lapply(res$i.sol, function(s) list(
      solutions = lapply(s$solution, function(x) I(as.character(x))),
      EC = I(as.integer(rownames(s$EC))), DC = I(as.integer(rownames(s$DC)))))
  } else {
    ic <- res$IC
    fits <- if (!is.null(ic$individual)) lapply(ic$individual, function(x) model_fit(x)[[1]])
            else model_fit(ic)
    out$model_fit <- fits
  }
  out
}

files <- sort(list.files(src_dir, pattern = "\\.csv$"))
only <- Sys.getenv("QCA_ONLY", "")  # optional: comma-separated data sets to (re)run
if (nzchar(only)) {  # in the order given
  files <- intersect(paste0(trimws(strsplit(only, ",")[[1]]), ".csv"), files)
}
for (f in files) {
  name <- sub("\\.csv$", "", f)
  file.copy(file.path(src_dir, f), file.path(data_dir, f), overwrite = TRUE)
  cat("\n==== ", name, " ====\n", sep = "")
  entry <- list(data = name, qca_version = as.character(packageVersion("QCA")),
                r_version = R.version.string)
  if (!is.null(SKIP[[name]])) {
    entry$skipped <- SKIP[[name]]
    cat("skipped:", SKIP[[name]], "\n")
    writeLines(toJSON(entry, auto_unbox = TRUE, digits = NA, null = "null", na = "null",
                      pretty = TRUE), file.path(sweep_dir, paste0(name, ".json")))
    next
  }
  dat <- read.csv(file.path(src_dir, f), row.names = 1, check.names = FALSE, na.strings = "")  # "NA" is Namibia
  spec <- OUTCOMES[[name]]
  ## (a global named `outcome` makes QCA 3.25.1's dir.exp parser fail: "Ambiguous
  ## directional expectations"; hence out_col)
  out_col <- if (is.null(spec)) tail(colnames(dat), 1) else spec$outcome
  conds <- if (is.null(spec)) setdiff(colnames(dat), out_col) else spec$conditions
  nlev <- sapply(conds, function(c) if (all(dat[[c]] == round(dat[[c]]))) max(dat[[c]]) + 1 else 2)
  ## with a multi-value condition R wants every expectation in X[v] form
  dirs <- if (any(nlev > 2)) paste0(conds, "[", nlev - 1, "]") else conds
  entry$outcome <- out_col; entry$conditions <- I(conds)
  entry$dir_exp <- I(dirs)
  assign("DAT", dat, envir = globalenv())
  runs <- list()
  for (neg in c(FALSE, TRUE)) {
    out_label <- if (neg) paste0("~", out_col) else out_col
    for (cut in CUTS) {
      tt_call <- sprintf('truthTable(%s, outcome = "%s", conditions = "%s", incl.cut = %s, show.cases = TRUE, complete = TRUE)',
                         name, out_label, paste(conds, collapse = ", "), cut)
      tt_expr <- sprintf('truthTable(DAT, outcome = "%s", conditions = "%s", incl.cut = %s, show.cases = TRUE, complete = TRUE)',
                         out_label, paste(conds, collapse = ", "), cut)
      warn <- character(0)
      tt <- tryCatch(withCallingHandlers(eval(parse(text = tt_expr)), warning = function(w) {
        warn <<- c(warn, trimws(conditionMessage(w))); invokeRestart("muffleWarning")}),
        error = function(e) e)
      run <- list(outcome = out_label, incl_cut = cut, tt_call = tt_call, warnings = I(warn))
      if (inherits(tt, "error")) {
        run$tt_error <- conditionMessage(tt)
      } else {
        assign("TT", tt, envir = globalenv())
        run$rows <- tt_rows(tt)
        run$conservative <- sol_entry(sprintf("minimize(%s)", "TT"), "minimize(TT)")
        run$parsimonious <- sol_entry('minimize(TT, include = "?")', 'minimize(TT, include = "?")')
        de <- paste(dirs, collapse = ", ")
        run$intermediate <- sol_entry(sprintf('minimize(TT, include = "?", dir.exp = "%s")', de),
                                      sprintf('minimize(TT, include = "?", dir.exp = "%s")', de))
      }
      cat(out_label, cut, if (is.null(run$tt_error)) "ok" else run$tt_error, "\n")
      runs[[length(runs) + 1]] <- run
    }
  }
  entry$runs <- runs
  writeLines(toJSON(entry, auto_unbox = TRUE, digits = NA, null = "null", na = "null",
                    pretty = TRUE), file.path(sweep_dir, paste0(name, ".json")))
}
