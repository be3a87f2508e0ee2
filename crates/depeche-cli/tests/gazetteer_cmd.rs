//! `depeche gazetteer lookup` and `depeche gazetteer check`, run as a
//! process.

mod common;
use common::TempDir;
use std::process::{Command, Output};

fn depeche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .output()
        .expect("the depeche binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const HEADER: &str = "id\tkind\tsubkind\tcanonical\tvariants\tcountry\tlat\tlon\tgeonames\twikidata\tflags\tsource\n";

#[test]
fn lookup_explains_an_acronym() {
    let out = depeche(&["gazetteer", "lookup", "Daech"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("folded: daech"), "{s}");
    assert!(s.contains("actors.tsv:"), "{s}");
    assert!(s.contains("A:isis"), "{s}");
    assert!(s.contains("winner (alone): A:isis"), "{s}");
}

#[test]
fn lookup_lists_every_homonym_and_the_winner() {
    let out = depeche(&["gazetteer", "lookup", "Tripoli"]);
    assert!(out.status.success());
    let s = text(&out.stdout);
    assert!(s.contains("country=LB"), "{s}");
    assert!(s.contains("country=LY"), "{s}");
    assert!(s.contains("winner (alone): P:LY:"), "{s}");
}

#[test]
fn lookup_says_why_a_flagged_row_does_not_match() {
    let out = depeche(&["gazetteer", "lookup", "sur"]);
    let s = text(&out.stdout);
    assert!(s.contains("cap: the name must start with a capital"), "{s}");
    assert!(s.contains("winner (alone): no place or actor"), "{s}");
}

#[test]
fn lookup_of_an_unknown_name_fails() {
    let out = depeche(&["gazetteer", "lookup", "Xqzwv"]);
    assert!(!out.status.success());
    assert!(text(&out.stdout).contains("no gazetteer row"));
}

#[test]
fn lookup_reads_user_gazetteers() {
    let dir = TempDir::new("lookup");
    std::fs::write(
        dir.join("mine.tsv"),
        format!("{HEADER}P:XX:1\tplace\tvillage\tZorglubville\t\tML\t14.1\t-3.2\t\t\t\tfield notes\n"),
    )
    .unwrap();
    let out = depeche(&[
        "gazetteer",
        "lookup",
        "Zorglubville",
        "--gazetteer",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("mine.tsv:2"), "{s}");
    assert!(s.contains("winner (alone): P:XX:1"), "{s}");
}

#[test]
fn check_accepts_valid_files_and_warns_on_overrides() {
    let dir = TempDir::new("ok");
    std::fs::write(
        dir.join("a.tsv"),
        format!(
            "# my places\n{HEADER}\
             P:ML:new\tplace\tvillage\tNouveauvillage\t\tML\t14.1\t-3.2\t\t\t\tfield notes\n\
             A:isis\tactor\tarmed_group\tÉtat islamique\tEI|Daech\t\t\t\t\t\tcs\tmine\n"
        ),
    )
    .unwrap();
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("a.tsv:4"), "{err}");
    assert!(err.contains("overrides the embedded row"), "{err}");
    assert!(text(&out.stdout).contains("2 row(s), 0 error(s), 1 warning(s)"));
}

#[test]
fn check_reports_errors_with_file_and_line() {
    let dir = TempDir::new("bad");
    std::fs::write(
        dir.join("b.tsv"),
        format!("{HEADER}P:1\tplace\tplanet\tMars\t\t\t\t\t\t\t\ts\n"),
    )
    .unwrap();
    std::fs::write(
        dir.join("c.tsv"),
        format!("{HEADER}P:2\tplace\tcity\tX\t\tSY\t\t\t\t\tloud\ts\n"),
    )
    .unwrap();
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("b.tsv:2"), "{err}");
    assert!(err.contains("subkind"), "{err}");
    assert!(err.contains("c.tsv:2"), "{err}");
    assert!(err.contains("flag"), "{err}");
}

#[test]
fn check_of_a_directory_without_tsv_fails() {
    let dir = TempDir::new("empty");
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    assert!(!out.status.success());
}

#[test]
fn lookup_lists_the_dated_roles_of_an_actor() {
    let out = depeche(&["gazetteer", "lookup", "Joulani"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("A:jolani"), "{s}");
    assert!(s.contains("dated roles ("), "{s}");
    assert!(
        s.contains("2025-01-29 – …  président de la transition syrienne  subkind=government"),
        "{s}"
    );
    assert!(s.contains("actor-roles.tsv:"), "{s}");
}

const ROLES_HEADER: &str =
    "actor\tfrom\tto\tsubkind\tcountry\trole\tcanonical\tsource\n";

#[test]
fn check_validates_a_role_file() {
    let dir = TempDir::new("roles-ok");
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!("{ROLES_HEADER}A:goita\t2021-05-28\t\tgovernment\tML\tprésident de la transition\t\tmine\n"),
    )
    .unwrap();
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 row(s), 0 error(s)"));

    let dir = TempDir::new("roles-bad");
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!(
            "{ROLES_HEADER}A:goita\t2020\t2021-06\t\t\ta\t\ts\n\
             A:goita\t2021-06-07\t\t\t\tb\t\ts\n"
        ),
    )
    .unwrap();
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("actor-roles.tsv:3"), "{err}");
    assert!(err.contains("overlaps the one on line 2"), "{err}");

    let dir = TempDir::new("roles-unknown");
    std::fs::write(
        dir.join("actor-roles.tsv"),
        format!("{ROLES_HEADER}A:nobody\t2020\t\t\t\ta\t\ts\n"),
    )
    .unwrap();
    let out = depeche(&["gazetteer", "check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("actor-roles.tsv:2"), "{err}");
    assert!(err.contains("A:nobody"), "{err}");
}
