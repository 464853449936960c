## Reference values for regionalism.models, computed with R.
##
## Run from the repository root:
##   Rscript tests/results/make_references.R > tests/results/references.Rout 2>&1
##
## Writes the data sets used to tests/results/data/*.csv (so Python tests read
## exactly the same data) and the reference values to tests/results/references.json.
## Every entry stores the exact R call next to its values and the equivalent
## Python call. Debian packages: r-base-core r-cran-mass r-cran-survival
## r-cran-sandwich r-cran-lmtest r-cran-brglm2 r-cran-clubsandwich r-cran-jsonlite.
## (logistf and fwildclusterboot are not packaged by Debian: Firth profile
## intervals are computed below from the penalized likelihood's definition.)

suppressPackageStartupMessages({
  library(MASS); library(survival); library(sandwich); library(lmtest)
  library(brglm2); library(clubSandwich); library(jsonlite)
})
options(digits = 15, width = 120)
out_dir <- "tests/results"
data_dir <- file.path(out_dir, "data")
dir.create(data_dir, showWarnings = FALSE, recursive = TRUE)
refs <- list()
tight <- glm.control(epsilon = 1e-14, maxit = 100)  # converge fully: compare algorithms, not stopping rules

add <- function(name, call, python, values) {
  cat("\n==== ", name, " ====\n", call, "\n", sep = "")
  print(values)
  refs[[name]] <<- list(r_call = call, python = python, values = values)
}
named <- function(x) as.list(setNames(as.numeric(x), names(x)))
write_data <- function(df, file) {
  write.csv(df, file.path(data_dir, file), row.names = FALSE)
}

## ---------------------------------------------------------------- data sets
data(birthwt, package = "MASS")
bw <- data.frame(low = birthwt$low, bwt = birthwt$bwt, age = birthwt$age, lwt = birthwt$lwt,
                 smoke = birthwt$smoke, race_black = as.integer(birthwt$race == 2),
                 race_other = as.integer(birthwt$race == 3), ptl = birthwt$ptl,
                 ht = birthwt$ht, ui = birthwt$ui)
write_data(bw, "birthwt.csv")

data(PetersenCL, package = "sandwich")
write_data(PetersenCL, "petersen.csv")
pet20 <- subset(PetersenCL, firm <= 20)   # few clusters: where CR2 matters

data(quine, package = "MASS")
qu <- data.frame(Days = quine$Days, eth_n = as.integer(quine$Eth == "N"),
                 sex_m = as.integer(quine$Sex == "M"), age_f1 = as.integer(quine$Age == "F1"),
                 age_f2 = as.integer(quine$Age == "F2"), age_f3 = as.integer(quine$Age == "F3"),
                 lrn_sl = as.integer(quine$Lrn == "SL"))
write_data(qu, "quine.csv")

data(housing, package = "MASS")
hs <- housing[rep(seq_len(nrow(housing)), housing$Freq), c("Sat", "Infl", "Type", "Cont")]
hs <- data.frame(sat = as.integer(hs$Sat) - 1L,  # 0 Low, 1 Medium, 2 High
                 infl_medium = as.integer(hs$Infl == "Medium"),
                 infl_high = as.integer(hs$Infl == "High"),
                 type_apartment = as.integer(hs$Type == "Apartment"),
                 type_atrium = as.integer(hs$Type == "Atrium"),
                 type_terrace = as.integer(hs$Type == "Terrace"),
                 cont_high = as.integer(hs$Cont == "High"))
write_data(hs, "housing_expanded.csv")

ovarian <- survival::ovarian
ov <- ovarian[, c("futime", "fustat", "age", "resid.ds", "rx", "ecog.ps")]
names(ov) <- c("futime", "fustat", "age", "resid_ds", "rx", "ecog_ps")
write_data(ov, "ovarian.csv")

data(endometrial, package = "brglm2")
write_data(endometrial, "endometrial.csv")

## ---------------------------------------------------------------- OLS
bw_x <- "age + lwt + smoke + race_black + race_other + ptl + ht + ui"
m <- lm(as.formula(paste("bwt ~", bw_x)), data = bw)
add("ols_birthwt", "lm(bwt ~ age + lwt + smoke + race_black + race_other + ptl + ht + ui, data = birthwt)",
    "rg.fit('bwt ~ age + lwt + smoke + race_black + race_other + ptl + ht + ui', bw)",
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))),
         se_hc1 = named(sqrt(diag(vcovHC(m, type = "HC1"))))))

m <- lm(y ~ x, data = PetersenCL)
add("ols_petersen_cl", "lm(y ~ x, data = PetersenCL); vcovCL(m, cluster = ~firm, type = 'HC1')",
    "rg.fit('y ~ x', petersen, cluster='firm', cov='cluster')",
    list(coef = named(coef(m)), se_cl = named(sqrt(diag(vcovCL(m, cluster = ~firm, type = "HC1"))))))

## ---------------------------------------------------------------- CR2 (clubSandwich)
cr2_entry <- function(m, cluster, call, python) {
  V <- vcovCR(m, cluster = cluster, type = "CR2")
  ct <- coef_test(m, vcov = V, test = "Satterthwaite")
  add(call = call, name = python$name, python = python$call,
      values = list(coef = named(setNames(ct$beta, rownames(ct))),
                    se = named(setNames(ct$SE, rownames(ct))),
                    df = named(setNames(ct$df_Satt, rownames(ct))),
                    p = named(setNames(ct$p_Satt, rownames(ct)))))
}
m <- lm(y ~ x, data = pet20)
cr2_entry(m, pet20$firm,
          "clubSandwich::coef_test(lm(y ~ x, subset(PetersenCL, firm <= 20)), vcov = vcovCR(m, cluster = firm, type = 'CR2'), test = 'Satterthwaite')",
          list(name = "cr2_petersen20", call = "rg.fit('y ~ x', petersen[petersen.firm <= 20], cluster='firm', cov='cr2')"))
m <- lm(y ~ x + factor(year), data = pet20)
cr2_entry(m, pet20$firm,
          "clubSandwich::coef_test(lm(y ~ x + factor(year), subset(PetersenCL, firm <= 20)), vcov = vcovCR(m, cluster = firm, type = 'CR2'), test = 'Satterthwaite')",
          list(name = "cr2_petersen20_year_fe", call = "rg.fit('y ~ x', petersen[petersen.firm <= 20], fe='year', cluster='firm', cov='cr2')"))
m <- lm(y ~ x + factor(firm), data = pet20)
cr2_entry(m, pet20$firm,
          "clubSandwich::coef_test(lm(y ~ x + factor(firm), subset(PetersenCL, firm <= 20)), vcov = vcovCR(m, cluster = firm, type = 'CR2'), test = 'Satterthwaite')",
          list(name = "cr2_petersen20_firm_fe", call = "rg.fit('y ~ x', petersen[petersen.firm <= 20], fe='firm', cluster='firm', cov='cr2')"))

## ---------------------------------------------------------------- binary
for (link in c("logit", "probit")) {
  m <- glm(as.formula(paste("low ~", bw_x)), data = bw, family = binomial(link), control = tight)
  add(paste0(link, "_birthwt"),
      sprintf("glm(low ~ %s, data = birthwt, family = binomial('%s'), control = glm.control(epsilon = 1e-14, maxit = 100))", bw_x, link),
      sprintf("rg.fit('low ~ %s', bw, model='%s')", bw_x, link),
      list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), loglik = as.numeric(logLik(m))))
}
m <- glm(low ~ age + lwt + smoke, data = bw, family = binomial, control = tight)
cl <- rep(1:19, length.out = nrow(bw))
write_data(data.frame(bw, cl = cl), "birthwt.csv")
add("logit_birthwt_cl", "glm(low ~ age + lwt + smoke, data = birthwt, family = binomial, control = glm.control(epsilon = 1e-14, maxit = 100)); vcovCL(m, cluster = rep(1:19, length.out = 189), type = 'HC1')",
    "rg.fit('low ~ age + lwt + smoke', bw, model='logit', cluster='cl')",
    list(coef = named(coef(m)), se_cl = named(sqrt(diag(vcovCL(m, cluster = cl, type = "HC1"))))))

## ---------------------------------------------------------------- counts
qx <- "eth_n + sex_m + age_f1 + age_f2 + age_f3 + lrn_sl"
m <- glm(as.formula(paste("Days ~", qx)), data = qu, family = poisson, control = tight)
add("poisson_quine", sprintf("glm(Days ~ %s, data = quine, family = poisson, control = glm.control(epsilon = 1e-14, maxit = 100))", qx),
    sprintf("rg.fit('Days ~ %s', quine, model='poisson')", qx),
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m))))))
m <- glm.nb(as.formula(paste("Days ~", qx)), data = qu, control = tight)
add("negbin_quine", sprintf("MASS::glm.nb(Days ~ %s, data = quine, control = glm.control(epsilon = 1e-14, maxit = 100))", qx),
    sprintf("rg.fit('Days ~ %s', quine, model='negbin')", qx),
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), theta = m$theta,
         se_theta = m$SE.theta, loglik = as.numeric(logLik(m))))

## ---------------------------------------------------------------- ordered (polr)
hx <- "infl_medium + infl_high + type_apartment + type_atrium + type_terrace + cont_high"
for (meth in c("logistic", "probit")) {
  m <- polr(as.formula(paste("factor(sat) ~", hx)), data = hs, method = meth, Hess = TRUE,
            control = list(reltol = 1e-14, maxit = 10000))
  add(paste0("polr_", meth, "_housing"),
      sprintf("MASS::polr(factor(sat) ~ %s, data = housing_expanded, method = '%s', Hess = TRUE, control = list(reltol = 1e-14, maxit = 10000))", hx, meth),
      sprintf("rg.fit('sat ~ %s', housing, model='ordered_%s')", hx, ifelse(meth == "logistic", "logit", "probit")),
      list(coef = named(coef(m)), zeta = named(m$zeta),
           se = named(sqrt(diag(vcov(m)))), loglik = as.numeric(logLik(m)),
           note = "polr: logit P(Y <= k) = zeta_k - eta; statsmodels OrderedModel uses the same sign, thresholds as first cut then log increments"))
}

## ---------------------------------------------------------------- Cox
m <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ovarian, ties = "efron")
add("cox_ovarian", "coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ovarian, ties = 'efron')",
    "rg.fit('futime ~ age + ecog_ps', ovarian, model='cox', status='fustat')",
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), loglik = m$loglik[2]))

## ---------------------------------------------------------------- Firth (brglm2)
m <- glm(HG ~ NV + PI + EH, data = endometrial, family = binomial("logit"),
         method = "brglmFit", type = "AS_mean")
X <- model.matrix(m); y <- endometrial$HG
pen_loglik <- function(b) {
  eta <- drop(X %*% b); p <- plogis(eta)
  sum(y * eta - log1p(exp(eta))) + 0.5 * determinant(crossprod(X * sqrt(p * (1 - p))))$modulus[1]
}
bhat <- coef(m); lmax <- pen_loglik(bhat)
profile_at <- function(j, v) {
  f <- function(b_rest) { b <- bhat; b[-j] <- b_rest; b[j] <- v; -pen_loglik(b) }
  o <- optim(bhat[-j], f, method = "BFGS", control = list(reltol = 1e-15, maxit = 10000))
  o <- optim(o$par, f, method = "Nelder-Mead", control = list(reltol = 1e-15, maxit = 20000))
  o <- optim(o$par, f, method = "BFGS", control = list(reltol = 1e-15, maxit = 10000))
  -o$value
}
crit <- qchisq(0.95, 1)
ci <- t(sapply(seq_along(bhat), function(j) {
  g <- function(v) 2 * (lmax - profile_at(j, v)) - crit
  se <- sqrt(diag(vcov(m)))[j]
  lo <- uniroot(g, c(bhat[j] - 8 * se, bhat[j]), tol = 1e-10)$root
  hi <- uniroot(g, c(bhat[j], bhat[j] + 8 * se), tol = 1e-10)$root
  c(lo, hi)
}))
plr_p <- sapply(seq_along(bhat), function(j) pchisq(2 * (lmax - profile_at(j, 0)), 1, lower.tail = FALSE))
add("firth_endometrial",
    "glm(HG ~ NV + PI + EH, data = endometrial, family = binomial, method = 'brglmFit', type = 'AS_mean'); profile penalized likelihood CIs and PLR p-values computed in this script (optim + uniroot)",
    "rg.firth_logit('HG ~ NV + PI + EH', endometrial)",
    list(coef = named(bhat), se = named(sqrt(diag(vcov(m)))), pen_loglik = lmax,
         ci_low = named(setNames(ci[, 1], names(bhat))), ci_high = named(setNames(ci[, 2], names(bhat))),
         plr_p = named(setNames(plr_p, names(bhat)))))

## ---------------------------------------------------------------- Firth under complete separation
## y = 0 for x = 1..4 and 1 for x = 5..8 (the firth_logit docstring example): ML diverges,
## the penalized profile for x is maximized over the intercept by optimize().
sep <- data.frame(y = c(0, 0, 0, 0, 1, 1, 1, 1), x = 1:8)
m <- glm(y ~ x, data = sep, family = binomial("logit"), method = "brglmFit", type = "AS_mean",
         control = brglmControl(epsilon = 1e-12, maxit = 1000))
Xs <- model.matrix(m); ys <- sep$y
pl_sep <- function(b) {
  eta <- drop(Xs %*% b); p <- plogis(eta)
  sum(ys * eta - log1p(exp(eta))) + 0.5 * determinant(crossprod(Xs * sqrt(p * (1 - p))))$modulus[1]
}
bs <- coef(m); lmax_sep <- pl_sep(bs)
prof_x <- function(v) -optimize(function(a) -pl_sep(c(a, v)), c(-200, 200), tol = 1e-12)$objective
g <- function(v) 2 * (lmax_sep - prof_x(v)) - qchisq(0.95, 1)
add("firth_separated",
    "glm(y ~ x, data = data.frame(y = rep(0:1, each = 4), x = 1:8), family = binomial, method = 'brglmFit', type = 'AS_mean'); profile of x over the intercept by optimize(c(-200, 200)), bounds by uniroot(tol = 1e-12)",
    "rg.firth_logit('y ~ x', pd.DataFrame({'y': [0]*4 + [1]*4, 'x': range(1, 9)}))",
    list(coef = named(bs), pen_loglik = lmax_sep,
         ci_x = c(uniroot(g, c(bs[2] - 5, bs[2]), tol = 1e-12)$root,
                  uniroot(g, c(bs[2], bs[2] + 10), tol = 1e-12)$root),
         plr_p_x = pchisq(2 * (lmax_sep - prof_x(0)), 1, lower.tail = FALSE)))

## ---------------------------------------------------------------- the package's own panel
## tests/results/data/panel.csv is written by `python tests/results/export_panel.py`
## (rg.region_year(), model columns only); R drops incomplete rows (na.omit) as rg.fit does.
panel <- read.csv(file.path(data_dir, "panel.csv"), na.strings = "NA")
px <- "polyarchy_mean + external_share + leader_ratio_cinc + conflict_count"
pf <- as.formula(paste("secreg_exists ~", px))

m <- glm(pf, data = panel, family = binomial("logit"), method = "brglmFit", type = "AS_mean",
         control = brglmControl(epsilon = 1e-12, maxit = 1000))
X <- model.matrix(m); y <- m$y
pen_loglik_panel <- function(b) {
  eta <- drop(X %*% b); p <- plogis(eta)
  sum(y * eta - log1p(exp(eta))) + 0.5 * determinant(crossprod(X * sqrt(p * (1 - p))))$modulus[1]
}
add("firth_panel",
    sprintf("glm(secreg_exists ~ %s, data = panel, family = binomial, method = 'brglmFit', type = 'AS_mean', control = brglmControl(epsilon = 1e-12, maxit = 1000)); penalized loglik l(b) + 0.5 log|X'WX| at the estimate", px),
    sprintf("rg.firth_logit('secreg_exists ~ %s', panel)", px),
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), pen_loglik = pen_loglik_panel(coef(m)),
         nobs = nrow(X)))

m <- glm.nb(as.formula(paste("secreg_count ~", px)), data = panel, control = tight)
add("negbin_panel", sprintf("MASS::glm.nb(secreg_count ~ %s, data = panel, control = glm.control(epsilon = 1e-14, maxit = 100))", px),
    sprintf("rg.fit('secreg_count ~ %s', panel, model='negbin')", px),
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), theta = m$theta,
         se_theta = m$SE.theta, loglik = as.numeric(logLik(m))))

m <- lm(as.formula(paste("secreg_exists ~", px, "+ factor(year)")), data = panel)
V <- vcovCL(m, cluster = ~region_id, type = "HC1")
keep <- c("(Intercept)", strsplit(px, " \\+ ")[[1]])
add("cr1_panel_year_fe",
    sprintf("m <- lm(secreg_exists ~ %s + factor(year), data = panel); sandwich::vcovCL(m, cluster = ~region_id, type = 'HC1')", px),
    sprintf("rg.fit('secreg_exists ~ %s', panel, fe='year', cluster='region_id', cov='cluster')", px),
    list(coef = named(coef(m)[keep[-1]]), se_cl = named(sqrt(diag(V))[keep[-1]]),
         nobs = nobs(m), rank = m$rank, n_clusters = length(unique(panel$region_id[as.integer(rownames(model.frame(m)))]))))

m <- glm(pf, data = panel, family = binomial("probit"), control = tight)
add("probit_panel_expected",
    sprintf("glm(secreg_exists ~ %s, data = panel, family = binomial('probit'), control = glm.control(epsilon = 1e-14, maxit = 100))", px),
    sprintf("rg.fit('secreg_exists ~ %s', panel, model='probit', information='expected')", px),
    list(coef = named(coef(m)), se = named(sqrt(diag(vcov(m)))), loglik = as.numeric(logLik(m))))

## ---------------------------------------------------------------- Cox robust, Efron ties
## survival::lung has 26 tied event times; one subject censored at day 1, before the first
## event (day 5), is appended to check that early censoring gives a zero score residual.
lu <- na.omit(survival::lung[, c("inst", "time", "status", "age", "sex", "ph.ecog")])
lu$status <- lu$status - 1L
names(lu)[names(lu) == "ph.ecog"] <- "ph_ecog"
lu <- rbind(lu, data.frame(inst = 1, time = 1, status = 0L, age = 60, sex = 1, ph_ecog = 1))
write_data(lu, "lung.csv")
m <- coxph(Surv(time, status) ~ age + sex + ph_ecog, data = lu, ties = "efron", cluster = inst)
add("cox_lung_cluster_efron",
    "coxph(Surv(time, status) ~ age + sex + ph_ecog, data = lung_complete_plus_early_censored, ties = 'efron', cluster = inst)",
    "rg.fit('time ~ age + sex + ph_ecog', lung, model='cox', status='status', cluster='inst')",
    list(coef = named(coef(m)), se_robust = named(sqrt(diag(vcov(m)))),
         se_naive = named(sqrt(diag(m$naive.var))), loglik = m$loglik[2]))
m <- coxph(Surv(time, status) ~ age + sex + ph_ecog, data = lu, ties = "breslow", cluster = inst)
add("cox_lung_cluster_breslow",
    "coxph(Surv(time, status) ~ age + sex + ph_ecog, data = lung_complete_plus_early_censored, ties = 'breslow', cluster = inst)",
    "rg.fit('time ~ age + sex + ph_ecog', lung, model='cox', status='status', cluster='inst', ties='breslow')",
    list(coef = named(coef(m)), se_robust = named(sqrt(diag(vcov(m))))))

## ---------------------------------------------------------------- write
writeLines(toJSON(refs, auto_unbox = TRUE, digits = NA, pretty = TRUE),
           file.path(out_dir, "references.json"))
cat("\nR version:", R.version.string, "\n")
for (p in c("MASS", "survival", "sandwich", "brglm2", "clubSandwich"))
  cat(p, as.character(packageVersion(p)), "\n")
