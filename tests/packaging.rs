//! The files that make the app a desktop app (`packaging/`: the menu entry, the `AppStream`
//! metainfo, the icons) and the Debian package's list of them (`[package.metadata.deb]` in
//! Cargo.toml) all name the app by `APP_ID`, the id the window gives itself, so a dock or a
//! software centre finds the window's entry and icon.
//!
//! When `desktop-file-validate` (desktop-file-utils) and `appstreamcli` (appstream) are
//! installed, the two files also pass them. Without them those checks say what is missing and
//! pass, unless `MASSAGE_GUIDE_PACKAGING_TEST=required` is set, as `.ci/run` does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use massage_guide::APP_ID;

/// The sizes the icon is rendered at, in pixels, as `packaging/icons/<size>.png`.
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn packaging() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging")
}

fn desktop_file() -> PathBuf {
    packaging().join(format!("{APP_ID}.desktop"))
}

fn metainfo_file() -> PathBuf {
    packaging().join(format!("{APP_ID}.metainfo.xml"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The value of `key=` in the desktop entry's `[Desktop Entry]` group.
fn desktop_key(text: &str, key: &str) -> Option<String> {
    text.lines()
        .skip_while(|line| line.trim() != "[Desktop Entry]")
        .skip(1)
        .take_while(|line| !line.starts_with('['))
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .map(|value| value.trim().to_owned())
}

/// The text of every `<tag ...>text</tag>` in `xml` whose opening tag contains `attrs`.
fn elements(xml: &str, tag: &str, attrs: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        rest = &rest[start + open.len()..];
        let Some(end_of_open) = rest.find('>') else {
            break;
        };
        let opening = &rest[..end_of_open];
        // `<idx>` is not `<id>`; `<id/>` has no text.
        let next = opening.chars().next();
        if next.is_some_and(|c| !c.is_whitespace()) || opening.ends_with('/') {
            continue;
        }
        rest = &rest[end_of_open + 1..];
        if let Some(end) = rest.find(&close)
            && opening.contains(attrs)
        {
            found.push(rest[..end].trim().to_owned());
        }
    }
    found
}

/// The `version="..."` of every `<release ...>` in `xml`.
fn release_versions(xml: &str) -> Vec<String> {
    xml.split("<release ")
        .skip(1)
        .filter_map(|tail| {
            let tag = &tail[..tail.find('>')?];
            let value = tag.split("version=\"").nth(1)?;
            Some(value[..value.find('"')?].to_owned())
        })
        .collect()
}

/// A version's numbers, for ordering (`0.10.0` after `0.9.1`).
fn version_key(version: &str) -> Vec<u64> {
    version
        .split(['.', '-', '+'])
        .map(|part| part.parse().unwrap_or(0))
        .collect()
}

#[test]
fn the_desktop_entry_names_the_app_by_its_id() {
    let path = desktop_file();
    let text = read(&path);
    assert_eq!(
        path.file_stem().and_then(|s| s.to_str()),
        Some(APP_ID),
        "the desktop file's name"
    );
    assert_eq!(desktop_key(&text, "Icon").as_deref(), Some(APP_ID), "Icon=");
    assert_eq!(
        desktop_key(&text, "StartupWMClass").as_deref(),
        Some(APP_ID),
        "StartupWMClass="
    );
    let binary = Path::new(env!("CARGO_BIN_EXE_massage-guide"))
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_owned);
    assert_eq!(desktop_key(&text, "Exec"), binary, "Exec= runs the binary");
    assert_eq!(
        desktop_key(&text, "Name").as_deref(),
        Some("Back Massage Guide"),
        "Name= is the window's title"
    );
}

#[test]
fn the_metainfo_names_the_app_by_its_id_and_this_version() {
    let text = read(&metainfo_file());
    assert_eq!(elements(&text, "id", ""), [APP_ID], "<id>");
    assert_eq!(
        elements(&text, "launchable", r#"type="desktop-id""#),
        [format!("{APP_ID}.desktop")],
        "<launchable type=\"desktop-id\">"
    );
    assert_eq!(
        elements(&text, "binary", ""),
        [env!("CARGO_PKG_NAME")],
        "<provides><binary>"
    );
    assert_eq!(
        elements(&text, "project_license", ""),
        [env!("CARGO_PKG_LICENSE")],
        "<project_license> is Cargo.toml's license"
    );
    let versions = release_versions(&text);
    let newest = versions.iter().max_by_key(|v| version_key(v));
    assert_eq!(
        newest.map(String::as_str),
        Some(env!("CARGO_PKG_VERSION")),
        "the newest <release> is Cargo.toml's version (releases: {versions:?})"
    );
    assert_eq!(versions.first(), newest, "releases are listed newest first");
}

#[test]
fn the_icons_are_named_by_the_id_and_have_their_sizes() {
    let icons = packaging().join("icons");
    let svg = icons.join(format!("{APP_ID}.svg"));
    assert!(
        read(&svg).contains("<svg"),
        "{} is an SVG drawing",
        svg.display()
    );
    for size in ICON_SIZES {
        let path = icons.join(format!("{size}.png"));
        let bytes = std::fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        let icon = eframe::icon_data::from_png_bytes(&bytes)
            .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        assert_eq!(
            (icon.width, icon.height),
            (size, size),
            "{} is {size} by {size}",
            path.display()
        );
        assert_eq!(
            icon.rgba.len(),
            (size * size * 4) as usize,
            "{} decodes to RGBA",
            path.display()
        );
    }
}

#[test]
fn the_debian_package_installs_each_file_under_the_id() {
    let manifest = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has [package.metadata.deb]");
    let mut wanted = vec![
        format!(r#"["packaging/{APP_ID}.desktop", "usr/share/applications/", "644"]"#),
        format!(r#"["packaging/{APP_ID}.metainfo.xml", "usr/share/metainfo/", "644"]"#),
        format!(
            r#"["packaging/icons/{APP_ID}.svg", "usr/share/icons/hicolor/scalable/apps/", "644"]"#
        ),
    ];
    wanted.extend(ICON_SIZES.map(|n| {
        format!(
            r#"["packaging/icons/{n}.png", "usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png", "644"]"#
        )
    }));
    for asset in wanted {
        assert!(deb.contains(&asset), "the .deb's assets list {asset}");
    }
}

/// Whether the packaging validators must run (CI) rather than be skipped when missing.
fn required() -> bool {
    std::env::var_os("MASSAGE_GUIDE_PACKAGING_TEST").is_some_and(|v| v == "required")
}

/// `program args`' output, or None (with a note) when the program is not installed.
fn run(program: &str, package: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(program).args(args).output() {
        Ok(output) => Some(output),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                !required(),
                "{program} is missing (apt install {package}) and MASSAGE_GUIDE_PACKAGING_TEST=required"
            );
            println!("skipped: {program} is not installed (apt install {package})");
            None
        }
        Err(err) => panic!("{program}: {err}"),
    }
}

#[test]
fn the_desktop_entry_passes_desktop_file_validate() {
    let path = desktop_file();
    let Some(output) = run(
        "desktop-file-validate",
        "desktop-file-utils",
        &[path.to_str().unwrap()],
    ) else {
        return;
    };
    // It exits 0 on hints too, so its silence is the pass.
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success() && said.trim().is_empty(),
        "desktop-file-validate ({}):\n{said}",
        output.status
    );
}

#[test]
fn the_metainfo_passes_appstreamcli_strictly() {
    let path = metainfo_file();
    // --no-net: the URLs and screenshots are not fetched. The override: AppStream 0.16
    // (Debian 12) does not know <developer>, which 1.0 asks for in place of <developer_name>.
    let Some(output) = run(
        "appstreamcli",
        "appstream",
        &[
            "validate",
            "--no-net",
            "--strict",
            "--override=unknown-tag=pedantic",
            path.to_str().unwrap(),
        ],
    ) else {
        return;
    };
    assert!(
        output.status.success(),
        "appstreamcli validate ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_small_parsers_here_read_what_they_should() {
    let xml = r#"<c><idx>no</idx><id>a.b</id><launchable type="desktop-id">a.b.desktop</launchable>
        <releases><release version="0.9.1" date="x"/><release version="0.10.0"></release></releases></c>"#;
    assert_eq!(elements(xml, "id", ""), ["a.b"]);
    assert_eq!(
        elements(xml, "launchable", r#"type="desktop-id""#),
        ["a.b.desktop"]
    );
    assert_eq!(release_versions(xml), ["0.9.1", "0.10.0"]);
    assert!(version_key("0.10.0") > version_key("0.9.1"));
    let entry = "[Desktop Entry]\nName=X\nIcon=a.b\n[Desktop Action new]\nIcon=other\n";
    assert_eq!(desktop_key(entry, "Icon").as_deref(), Some("a.b"));
    assert_eq!(desktop_key(entry, "Exec"), None);
}
