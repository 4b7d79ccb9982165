# Regenerates the tie-breaking oracle of the cluster filter (our own code around stats::hclust):
#   cd <this folder> && Rscript generate_hclust_ties.R
# R 4.2.2. A 12 x 12 distance matrix of small integers (many exact ties, also after averaging) and hclust's
# average-linkage merge table on it.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
setwd(here)
source("../common.R")
set.seed(20241207)
n <- 12
D <- matrix(0, n, n)
D[upper.tri(D)] <- sample(1:4, n * (n - 1) / 2, replace = TRUE)
D <- D + t(D)
colnames(D) <- sprintf("d%02d", 1:n)
write_table17(as.data.frame(D), "hclust_ties_distances.csv")
hc <- hclust(as.dist(D), method = "average")
write_table17(data.frame(step = seq_along(hc$height), merge1 = hc$merge[, 1], merge2 = hc$merge[, 2], height = hc$height),
              "expected_hclust_ties_merges.csv")
cat("hclust ties:", sum(duplicated(hc$height)), "repeated heights\n")
