#!/usr/bin/python3
"""Tablesaw and Smile beside pandas and scikit-learn, on the same files, in one run.

1. Group-by: a generated sales CSV (N rows: region, product, units, price; numpy seed 42)
   is read once by each side, then `sum` and `mean` of units and price by region and product
   are timed (median of --runs, after one warm-up run). With spark/ built, Spark on two cores
   (local[2], SparkGroupByBench.java) does the same. All sides must find the same number of
   groups and the same total of units.
2. Random forest: a dataset from datasets/ (last column the class) is split 70/30 with a
   fixed permutation and written to train.csv / test.csv; Smile's RandomForest and
   scikit-learn's RandomForestClassifier fit the same trees count (mtry = sqrt(features),
   all cores); fit time (median) and test accuracy are reported.

Run from the repository root after `mvn -q -B package -DskipTests -DskipITs`, with Debian's
python3 and its python3-pandas and python3-sklearn packages:

    /usr/bin/python3 bench/data_ml_bench.py --markdown

--no-spark leaves Spark out (for a build without spark/target/classpath.txt).
"""
import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSPATH = "lib/target/atj-lib.jar:lib/target/deps/*"
SPARK_CLASSPATH_FILE = os.path.join(ROOT, "spark", "target", "classpath.txt")
JAVA = "java"


def java(*args, heap="8g"):
    return run_java(CLASSPATH, "bench/DataMlBench.java", args, heap)


def spark_groupby(path, runs):
    with open(SPARK_CLASSPATH_FILE) as listing:
        classpath = listing.read().strip() + ":spark/target/atj-spark.jar"
    return run_java(classpath, "bench/SparkGroupByBench.java", (path, runs), "8g")


def run_java(classpath, program, args, heap):
    command = [JAVA, f"-Xmx{heap}", "-cp", classpath, program, *map(str, args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{program} failed (exit {done.returncode}); its output:\n{done.stdout}{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def with_other_cpu(measure, *args, **kwargs):
    """Runs one side and adds other_cpu_s: the CPU seconds other processes used meanwhile,
    which skew the timings on a 2-core machine (a few tenths of a second is background noise)."""
    busy, own = cpu_seconds()
    result = measure(*args, **kwargs)
    busy_after, own_after = cpu_seconds()
    result["other_cpu_s"] = round(max(0.0, (busy_after - busy) - (own_after - own)), 1)
    return result


def cpu_seconds():
    """All CPUs' busy seconds (Linux /proc/stat), and those of this process and its finished children."""
    with open("/proc/stat") as stat:
        user, nice, system, idle, iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    busy = (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
    own = sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
              for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return busy, own


def write_sales(path, rows):
    rng = np.random.default_rng(42)
    regions = np.array(["north", "south", "east", "west", "centre", "islands", "coast", "hills"])
    products = np.array([f"p{i:02d}" for i in range(50)])
    frame = pd.DataFrame({
        "region": regions[rng.integers(0, len(regions), rows)],
        "product": products[rng.integers(0, len(products), rows)],
        "units": rng.integers(1, 20, rows),
        "price": np.round(rng.uniform(1, 100, rows), 2),
    })
    frame.to_csv(path, index=False)


def pandas_groupby(path, runs):
    start = time.perf_counter()
    sales = pd.read_csv(path)
    read_s = time.perf_counter() - start
    times = []
    for i in range(runs + 1):
        t = time.perf_counter()
        result = sales.groupby(["region", "product"])[["units", "price"]].agg(["sum", "mean"])
        if i > 0:
            times.append(time.perf_counter() - t)
    return {"rows": len(sales), "read_s": read_s, "groupby_s": times,
            "groups": len(result), "units_total": float(result[("units", "sum")].sum())}


def split_dataset(source, folder):
    data = pd.read_csv(os.path.join(ROOT, source)).dropna()
    label = data.columns[-1]
    y = pd.factorize(data[label], sort=True)[0]
    x = data.drop(columns=[label]).select_dtypes("number")
    x.columns = [f"f{i}" for i in range(x.shape[1])]
    x = x.assign(label=y)
    order = np.random.RandomState(42).permutation(len(x))
    cut = int(len(x) * 0.7)
    train, test = x.iloc[order[:cut]], x.iloc[order[cut:]]
    paths = os.path.join(folder, "train.csv"), os.path.join(folder, "test.csv")
    train.to_csv(paths[0], index=False)
    test.to_csv(paths[1], index=False)
    return paths, train, test


def sklearn_forest(train, test, trees, runs):
    x, y = train.drop(columns=["label"]).values, train["label"].values
    times, accuracy = [], 0.0
    for i in range(runs + 1):
        model = RandomForestClassifier(n_estimators=trees, max_features="sqrt", max_depth=20,
                                       random_state=42, n_jobs=-1)
        t = time.perf_counter()
        model.fit(x, y)
        if i > 0:
            times.append(time.perf_counter() - t)
        accuracy = accuracy_score(test["label"].values, model.predict(test.drop(columns=["label"]).values))
    return {"train_rows": len(train), "test_rows": len(test), "trees": trees, "fit_s": times, "accuracy": accuracy}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trees", type=int, default=200)
    parser.add_argument("--forest-data", default="datasets/breast_cancer.csv")
    parser.add_argument("--json", default=os.path.join(ROOT, "bench", "results-data-ml.json"))
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--no-spark", action="store_true", help="leave out the Spark group-by")
    parser.add_argument("--java", default="java", help="the java command (default: java on PATH)")
    args = parser.parse_args()
    global JAVA
    JAVA = args.java
    if not args.no_spark and not os.path.exists(SPARK_CLASSPATH_FILE):
        sys.exit(f"{SPARK_CLASSPATH_FILE} is missing: build spark/ with "
                 "`mvn -q -B package -DskipTests -DskipITs`, or pass --no-spark")

    with tempfile.TemporaryDirectory() as folder:
        sales = os.path.join(folder, "sales.csv")
        print(f"writing {args.rows:,} rows ...", file=sys.stderr)
        write_sales(sales, args.rows)
        print("group-by: pandas ...", file=sys.stderr)
        pandas_result = with_other_cpu(pandas_groupby, sales, args.runs)
        print("group-by: Tablesaw ...", file=sys.stderr)
        tablesaw_result = with_other_cpu(java, "groupby", sales, args.runs)
        spark_result = None
        if not args.no_spark:
            print("group-by: Spark local[2] ...", file=sys.stderr)
            spark_result = with_other_cpu(spark_groupby, sales, args.runs)
        (train_csv, test_csv), train, test = split_dataset(args.forest_data, folder)
        print("forest: scikit-learn ...", file=sys.stderr)
        sklearn_result = with_other_cpu(sklearn_forest, train, test, args.trees, args.runs)
        print("forest: Smile ...", file=sys.stderr)
        smile_result = with_other_cpu(java, "forest", train_csv, test_csv, args.trees, args.runs, heap="2g")

    answers = {answer(r) for r in (pandas_result, tablesaw_result, spark_result) if r is not None}
    same = len(answers) == 1
    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "pandas": pd.__version__, "sklearn": sklearn.__version__,
                    "java": subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]},
        "groupby": {"pandas": pandas_result, "tablesaw": tablesaw_result, "spark": spark_result, "same_answer": same},
        "forest": {"data": args.forest_data, "sklearn": sklearn_result, "smile": smile_result},
    }
    with open(args.json, "w") as out:
        json.dump(results, out, indent=1)
    print_table(results, args.markdown)
    if not same:
        sys.exit("The group-by answers (groups, total units) differ: " + json.dumps(sorted(answers)))


def answer(groupby_result):
    return groupby_result["groups"], round(groupby_result["units_total"])


def print_table(results, with_machine):
    g, f = results["groupby"], results["forest"]
    spark = g["spark"]
    med = statistics.median
    if with_machine:
        m = results["machine"]
        print(f"{m['cpus']} CPUs; {m['java']}; Python {m['python']}, pandas {m['pandas']}, scikit-learn {m['sklearn']}"
              + (f"; Spark {spark['spark']}" if spark else "") + "\n")

    def row(task, java_s, python_s, spark_s=None, digits=3):
        cells = [task, f"{java_s:.{digits}f} s", f"{python_s:.{digits}f} s", f"{java_s / python_s:.2f}"]
        if spark:
            cells += [f"{spark_s:.{digits}f} s", f"{spark_s / python_s:.2f}"] if spark_s is not None else ["", ""]
        print("| " + " | ".join(cells) + " |")

    def spark_only(task, spark_s):
        print(f"| {task} | | | | {spark_s:.3f} s | |")

    header = ["task", "Java (Tablesaw / Smile)", "Python (pandas / scikit-learn)", "Java ÷ Python"]
    if spark:
        header += [f"Spark {spark['master']}", "Spark ÷ Python"]
    print("| " + " | ".join(header) + " |")
    print("|---" * len(header) + "|")
    if spark:
        spark_only("start a Spark session", spark["session_s"])
    rows = g["pandas"]["rows"]
    row(f"read {rows:,}-row CSV", g["tablesaw"]["read_s"], g["pandas"]["read_s"],
        spark and spark["read_s"], digits=2)
    row("group-by region × product, sum + mean of 2 columns (median)", med(g["tablesaw"]["groupby_s"]),
        med(g["pandas"]["groupby_s"]), spark and med(spark["groupby_s"]))
    if spark:
        spark_only("the same group-by straight from the CSV file (median)", med(spark["file_groupby_s"]))
    row(f"random forest fit, {f['smile']['trees']} trees, {f['smile']['train_rows']} rows (median)",
        med(f["smile"]["fit_s"]), med(f["sklearn"]["fit_s"]))
    print(f"| random forest test accuracy ({f['smile']['test_rows']} rows) | {f['smile']['accuracy']:.3f} | "
          f"{f['sklearn']['accuracy']:.3f} | |" + (" | |" if spark else ""))
    sides = "all three sides" if spark else "both sides"
    print(f"\nSame group-by answer on {sides}: {g['same_answer']} "
          f"({g['tablesaw']['groups']} groups, {g['tablesaw']['units_total']:,.0f} units)")
    sides = {"pandas": g["pandas"], "Tablesaw": g["tablesaw"], "Spark": spark,
             "scikit-learn": f["sklearn"], "Smile": f["smile"]}
    print("CPU seconds other processes used meanwhile: "
          + ", ".join(f"{name} {side['other_cpu_s']}" for name, side in sides.items() if side))


if __name__ == "__main__":
    main()
