# Regenerates the tie oracle of the correlation filter (our own code around caret::findCorrelation):
#   cd <this folder> && Rscript generate_findcorrelation_duplicates.R
# R 4.2.2, caret 6.0-93. The 30 breast-cancer features with three exact copies inserted (copy_mean_texture after
# column 5, copy_worst_area after column 20, copy_smoothness_error at the end): copies tie in mean |r| and in every
# comparison with a third column, so caret's order and its `else` branch decide.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
setwd(here)
source("../common.R")
suppressPackageStartupMessages(library(caret))
bc <- read.csv("bc_wisconsin.csv", check.names = FALSE)
X <- as.matrix(bc[, -(1:2)])
Xd <- cbind(X[, 1:5], copy_mean_texture = X[, "mean_texture"], X[, 6:20], copy_worst_area = X[, "worst_area"], X[, 21:30],
            copy_smoothness_error = X[, "smoothness_error"])
rows <- do.call(rbind, lapply(c("pearson", "spearman"), function(m) {
  removed <- findCorrelation(cor(Xd, method = m), cutoff = 0.9, exact = TRUE, names = TRUE)
  data.frame(method = m, caret_order = seq_along(removed), feature = removed, stringsAsFactors = FALSE)
}))
write.csv(rows, "expected_findcorrelation_duplicates.csv", row.names = FALSE, quote = FALSE)
cat("columns:", paste(colnames(Xd), collapse = ","), "\n")
