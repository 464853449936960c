## Reference outputs of R's QCA findRows and of SetMethods' robustness, theory
## evaluation and panel cluster diagnostics, for regionalism.qca.esa,
## regionalism.qca.robustness and regionalism.qca.panel_fit.
##
## Run from the repository root (see tests/results/qca/README.md for how QCA was built):
##   R_LIBS=/tmp/Rlib SETMETHODS_SRC=/tmp/rsrc/SetMethods \
##     Rscript tests/results/qca/make_esa_robustness_references.R > tests/results/qca/esa_robustness.Rout 2>&1
##
## SetMethods 4.0 cannot be installed here: Debian packages neither stargazer nor
## fmsb nor betareg, on which it depends. Its R files that define the functions
## compared (rob.inclrange, rob.ncutrange, rob.calibrange, rob.fit and the helpers
## they call, QCAfit, pimdata, theory.evaluation, cluster.diagnostics) are sourced
## from its public source tree (github.com/nenaoana/SetMethods) instead; nothing of
## it is copied into this repository.
suppressPackageStartupMessages({library(QCA); library(jsonlite)})
options(digits = 15, width = 150)
sm <- Sys.getenv("SETMETHODS_SRC", "/tmp/rsrc/SetMethods")
for (f in c("QCAfit.R", "pimdata.R", "rob.corefit.R", "rob.fit.R", "helper_rob.R",
            "rob.inclrange.R", "rob.ncutrange.R", "rob.calibrange.R",
            "theory.evaluation.R", "helper_theory_eval.R", "helper_cluster.R")) {
  source(file.path(sm, "R", f))
}
data_dir <- "tests/qca/data"
out <- "tests/results/qca/esa_robustness.json"
rd <- function(name) read.csv(file.path(data_dir, paste0(name, ".csv")), row.names = 1,
                              na.strings = "")
CVF <- rd("CVF"); LF <- rd("LF"); LC <- rd("LC")
LR <- read.csv("tests/results/qca/data/LR.csv", row.names = 1, na.strings = "")
refs <- list()
add <- function(name, call, value) {
  cat("\n==== ", name, " ====\n", call, "\n", sep = ""); print(value)
  refs[[name]] <<- list(call = call, value = value)
}
ev <- function(call) eval(parse(text = call), envir = globalenv())
sols <- function(s) lapply(s$solution, function(x) I(as.character(x)))

## findRows (Enhanced Standard Analysis)
ttCVF <- truthTable(CVF, outcome = "PROTEST", incl.cut = 0.8)
ttLF <- truthTable(LF, outcome = "SURV", incl.cut = 0.8)
for (tt in c("ttCVF", "ttLF")) {
  for (type in 2:3) {
    call <- sprintf("findRows(%s, type = %d)", tt, type)
    add(sprintf("%s_findRows_type%d", tt, type), call, I(as.integer(ev(call))))
  }
}
add("ttCVF_findRows_type1", 'findRows(ttCVF, "~DEMOC*NATPRIDE", type = 1)',
    I(as.integer(ev('findRows(ttCVF, "~DEMOC*NATPRIDE", type = 1)'))))
add("ttCVF_findRows_type0", 'findRows(ttCVF, "~DEMOC*NATPRIDE", type = 0)',
    I(as.integer(ev('findRows(ttCVF, "~DEMOC*NATPRIDE", type = 0)'))))
call <- 'minimize(ttCVF, include = "?", exclude = findRows(ttCVF, type = 2))'
add("ttCVF_exclude_csa", call, sols(ev(call)))
call <- 'minimize(ttLF, include = "?", exclude = findRows(ttLF, type = 0, expression = "~DEV*URB"))'
add("ttLF_exclude_all", call, sols(ev(call)))

## SetMethods robustness
conds <- "DEMOC, ETHFRACT, GEOCON, POLDIS, NATPRIDE"
call <- sprintf('rob.inclrange(CVF, step = 0.05, max.runs = 20, outcome = "PROTEST", conditions = "%s", incl.cut = 0.8, include = "?")', conds)
r <- ev(call); add("CVF_inclrange", call, list(lower = r[1, 1], upper = r[2, 1]))
call <- sprintf('rob.ncutrange(CVF, step = 1, max.runs = 20, outcome = "PROTEST", conditions = "%s", incl.cut = 0.8, include = "?")', conds)
r <- ev(call); add("CVF_ncutrange", call, list(lower = r[1, 1], upper = r[2, 1]))
call <- 'rob.inclrange(LF, step = 0.05, max.runs = 20, outcome = "SURV", conditions = "DEV, URB, LIT, IND, STB", incl.cut = 0.8)'
r <- ev(call); add("LF_inclrange", call, list(lower = r[1, 1], upper = r[2, 1]))
call <- 'rob.calibrange(raw.data = LR, calib.data = LC, test.cond.raw = "DEV", test.cond.calib = "DEV", test.thresholds = 550, type = "crisp", step = 10, max.runs = 40, outcome = "SURV", conditions = "DEV, URB, LIT, IND, STB", incl.cut = 1)'
r <- ev(call); add("LC_calibrange_crisp", call, list(lower = r[1, 1], upper = r[2, 1]))
call <- 'rob.calibrange(raw.data = LR, calib.data = LF, test.cond.raw = "DEV", test.cond.calib = "DEV", test.thresholds = c(400, 550, 900), type = "fuzzy", step = 25, max.runs = 20, outcome = "SURV", conditions = "DEV, URB, LIT, IND, STB", incl.cut = 0.8)'
r <- ev(call); add("LF_calibrange_fuzzy", call, lapply(as.list(r), function(v) I(as.numeric(v))))

IS <- minimize(truthTable(CVF, outcome = "PROTEST", conditions = conds, incl.cut = 0.8), include = "?")
TS1 <- minimize(truthTable(CVF, outcome = "PROTEST", conditions = conds, incl.cut = 0.75), include = "?")
TS2 <- minimize(truthTable(CVF, outcome = "PROTEST", conditions = conds, incl.cut = 0.85, n.cut = 2), include = "?")
call <- "rob.fit(test_sol = list(TS1, TS2), initial_sol = IS, outcome = 'PROTEST')"
r <- ev(call)
## rob.fit rounds to 3 decimals; the unrounded parameters from the same pieces:
cf <- rob.corefit(list(TS1, TS2), IS, "PROTEST")
isf <- QCAfit(IS, "PROTEST", necessity = FALSE)
add("CVF_robfit", call, list(rounded = as.list(r[1, ]), RF_cons = unname(isf["solution_formula", 1] / cf[1]),
                             RF_cov = unname(cf[2] / isf["solution_formula", 2]),
                             IS_sols = sols(IS), TS1_sols = sols(TS1), TS2_sols = sols(TS2)))

call <- "theory.evaluation(theory = 'DEMOC*~NATPRIDE + GEOCON', empirics = IS, outcome = 'PROTEST', sol = 1)"
r <- ev(call)
add("CVF_theory", call, list(fit = lapply(split(r$fit, seq_len(nrow(r$fit))), as.list),
                             fit_rows = I(rownames(r$fit)), data_cols = I(colnames(r$data)),
                             data = lapply(as.list(r$data), I)))

## panel diagnostics on a seeded synthetic panel (written for the Python test)
set.seed(20160101)
P <- expand.grid(unit = paste0("u", 1:6), year = 2001:2008, stringsAsFactors = FALSE)
P$X <- round(runif(nrow(P)), 2)
P$Y <- round(pmin(1, pmax(0, P$X + rnorm(nrow(P), 0, 0.25))), 2)
write.csv(P, "tests/results/qca/panel_synthetic.csv", row.names = FALSE)
for (nec in c(FALSE, TRUE)) {
  call <- sprintf("cluster.diagnostics(P$X, P$Y, P$unit, P$year, necessity = %s)", nec)
  r <- ev(call)
  add(sprintf("panel_%s", if (nec) "necessity" else "sufficiency"), call,
      list(POCOS = r$POCOS, BECOS = I(r$BECOS), WICONS = I(r$WICONS), dBP = r$dBP, dWP = r$dWP,
           cov_pooled = r$Coverages$pooled, cov_between = I(r$Coverages$between),
           cov_within = I(r$Coverages$within)))
}
refs$versions <- list(QCA = as.character(packageVersion("QCA")), R = R.version.string,
                      SetMethods = read.dcf(file.path(sm, "DESCRIPTION"))[, "Version"])
writeLines(toJSON(refs, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE), out)
