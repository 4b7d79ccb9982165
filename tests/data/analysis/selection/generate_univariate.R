# Regenerates the univariate-filter oracles here (our own code around stats::wilcox.test, stats::p.adjust and
# survival::coxph):  cd <this folder> && Rscript generate_univariate.R
# R 4.2.2 (Debian r-base-core), survival 3.5-3 (Debian r-cran-survival).
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
setwd(here)
source("../common.R")
suppressPackageStartupMessages(library(survival))

# Mann-Whitney (normal approximation, tie and continuity corrections) + BH on the breast-cancer features, plus two
# tie-heavy columns derived here: floor(mean_radius) and the indicator mean_concavity > 0.1.
bc <- read.csv("bc_wisconsin.csv", check.names = FALSE)
X <- as.matrix(bc[, -(1:2)])
X <- cbind(X, floor_mean_radius = floor(bc$mean_radius), concavity_over_0.1 = as.numeric(bc$mean_concavity > 0.1))
y <- bc$y
tests <- lapply(colnames(X), function(f) wilcox.test(X[y == 1, f], X[y == 0, f], exact = FALSE, correct = TRUE))
p <- vapply(tests, function(t) t$p.value, 0)
d <- data.frame(feature = colnames(X), W = vapply(tests, function(t) unname(t$statistic), 0), p = p, p_bh = p.adjust(p, "BH"))
write_table17(d, "expected_univariate_wilcox_bc.csv")

# Cox score tests (Efron ties, coxph's default) + BH on the lung covariates.
lung <- read.csv("../models/lung_complete.csv", check.names = FALSE)
covs <- c("age", "sex", "ph.ecog", "wt.loss")
sc <- lapply(covs, function(v) summary(coxph(Surv(lung$time, lung$event) ~ lung[[v]], ties = "efron"))$sctest)
p <- vapply(sc, function(s) unname(s["pvalue"]), 0)
d <- data.frame(feature = covs, statistic = vapply(sc, function(s) unname(s["test"]), 0), p = p, p_bh = p.adjust(p, "BH"))
write_table17(d, "expected_univariate_coxscore_lung.csv")
cat("univariate oracles written; survival", as.character(packageVersion("survival")), "\n")
