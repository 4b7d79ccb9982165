# Regenerates the leaf-order oracle of average linkage (our own code around stats::hclust):
#   cd <this folder> && Rscript generate_hclust_order.R
# R 4.2.2. hclust(method = "average")$order for the breast-cancer Spearman distances (1 - |rho|) and for the
# tie matrix of generate_hclust_ties.R: the order in which a dendrogram draws its leaves, which the report's
# correlation heat map uses to put correlated features together.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
setwd(here)
source("../common.R")
bc <- read.csv("bc_wisconsin.csv", check.names = FALSE)
X <- as.matrix(bc[, -(1:2)])
hc <- hclust(as.dist(1 - abs(cor(X, method = "spearman"))), method = "average")
write_table17(data.frame(position = seq_along(hc$order), item = hc$order), "expected_hclust_order.csv")
D <- as.matrix(read.csv("hclust_ties_distances.csv"))
ht <- hclust(as.dist(D), method = "average")
write_table17(data.frame(position = seq_along(ht$order), item = ht$order), "expected_hclust_ties_order.csv")
cat("hclust order:", length(hc$order), "and", length(ht$order), "leaves\n")
