//! No import cycles between the crate's modules: the top-level modules, and inside `diagram`
//! its parts (`diagram::map`, `diagram::paint`, ...). Edges are the `crate::`, `super::` and
//! `self::` paths of `src/**/*.rs`, outside comments, strings and `#[cfg(test)]` items (tests may
//! reach anywhere). A name re-exported by `lib.rs` (`crate::DISCLAIMER`) counts as an edge to the
//! module it comes from.
//!
//! Run alone with `cargo test --test module_graph -- --nocapture` to see the graph, with
//! `MODULE_GRAPH_SRC=/other/tree/src` to check another tree's sources.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Modules split into nodes of their own one level down.
const SPLIT: &[&str] = &["diagram"];

type Graph = BTreeMap<String, BTreeSet<String>>;

#[test]
fn no_module_imports_itself_round_a_cycle() {
    let (graph, _) = crate_graph();
    for (from, to) in &graph {
        println!(
            "{from} -> {}",
            to.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    let cycles = cycles(&graph);
    assert!(
        cycles.is_empty(),
        "import cycles between modules:\n{}",
        cycles
            .iter()
            .map(|(members, cycle)| format!(
                "  {} tangled ({}), e.g. {}",
                members.len(),
                members.join(", "),
                cycle.join(" -> ")
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_guide_model_reaches_no_ui() {
    let (graph, ui) = crate_graph();
    // The model layer: the guide's plain model, which may not reach anything that draws with
    // egui (`data` uses egui's colour and geometry types, not its widgets: see `uses_egui_ui`).
    for module in LAYERS[0].1 {
        assert!(graph.contains_key(*module), "no module {module}");
        for reached in reachable(&graph, module) {
            assert!(
                !ui.contains(&reached),
                "{module} reaches {reached}, which draws with egui's Ui"
            );
        }
    }
}

/// The layers, lowest first, as ARCHITECTURE.md draws them: a module may use its own layer and
/// the layers below it, never one above.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "model: the guide and what it means, pure",
        &[
            "data",
            "geometry",
            "safety",
            "search",
            "browse",
            "practice",
            "reader_data",
            "page_model",
            "handout",
            "diagram::shapes",
            "diagram::strokes",
            "diagram::types",
        ],
    ),
    (
        "core: state, commands and the platform seam, no egui Ui",
        &[
            "state",
            "command",
            "platform",
            "state_format",
            "dropped",
            "app_core",
        ],
    ),
    (
        "ui: the views and the shell",
        &[
            "theme",
            "shortcuts",
            "diagram",
            "diagram::map",
            "diagram::paint",
            "panels",
            "app",
        ],
    ),
    ("platforms: desktop and browser", &["native", "web"]),
];

#[test]
fn every_module_is_in_a_layer_and_uses_only_its_own_and_those_below() {
    let (graph, _) = crate_graph();
    let layer_of = |module: &str| LAYERS.iter().position(|(_, m)| m.contains(&module));
    let mut wrong = Vec::new();
    for (from, to) in &graph {
        let Some(from_layer) = layer_of(from) else {
            wrong.push(format!("{from} is in no layer"));
            continue;
        };
        for used in to {
            match layer_of(used) {
                Some(layer) if layer > from_layer => wrong.push(format!(
                    "{from} ({}) uses {used} ({})",
                    LAYERS[from_layer].0, LAYERS[layer].0
                )),
                Some(_) => {}
                None => wrong.push(format!("{used} is in no layer")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_only_a_cycle() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (a, b) in edges {
            g.entry((*a).into()).or_default().insert((*b).into());
            g.entry((*b).into()).or_default();
        }
        g
    };
    let tree = graph(&[("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]);
    assert!(cycles(&tree).is_empty());
    // What the layer check walks: everything below a module, and nothing above it.
    let below_b: Vec<String> = reachable(&tree, "b").into_iter().collect();
    assert_eq!(below_b, ["b", "d"]);
    let looped = graph(&[
        ("a", "b"),
        ("b", "c"),
        ("c", "a"),
        ("c", "d"),
        ("x", "y"),
        ("y", "x"),
    ]);
    let found = cycles(&looped);
    let found: Vec<(Vec<&str>, Vec<&str>)> = found
        .iter()
        .map(|(m, c)| {
            (
                m.iter().map(String::as_str).collect(),
                c.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (vec!["a", "b", "c"], vec!["a", "b", "c", "a"]),
            (vec!["x", "y"], vec!["x", "y", "x"])
        ]
    );
}

#[test]
fn paths_are_read_from_use_trees_and_code_but_not_comments_strings_or_tests() {
    let text = r#"
        //! See `crate::nowhere`.
        use crate::{a::X, b::{self, Y}};
        use super::c::Z;
        fn f() -> crate::d::W { let s = "crate::e"; let c = '"'; crate::f::g() }
        #[cfg(test)]
        mod tests { use crate::h; }
        #[cfg(test)]
        use crate::i;
    "#;
    let paths = crate_paths(&strip(text), &["m".into(), "n".into()]);
    let firsts: BTreeSet<String> = paths.iter().map(|p| p.join("::")).collect();
    let want: BTreeSet<String> = ["a::X", "b", "b::Y", "m::c::Z", "d::W", "f::g"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(firsts, want);
}

/// The graph of nodes, and the nodes whose code draws with `egui::Ui`.
fn crate_graph() -> (Graph, BTreeSet<String>) {
    // Another tree's sources can be checked too: MODULE_GRAPH_SRC=/path/to/src.
    let src = std::env::var_os("MODULE_GRAPH_SRC").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        PathBuf::from,
    );
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    // Each file's module path: src/a/b.rs and src/a/b/mod.rs are a::b; lib.rs is the root.
    let modules: Vec<(PathBuf, Vec<String>)> = files
        .into_iter()
        .filter_map(|file| {
            let rel = file.strip_prefix(&src).ok()?.with_extension("");
            let mut path: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if path.last().is_some_and(|l| l == "mod" || l == "lib") {
                path.pop();
            }
            // The binary's own file is not part of the library's graph.
            (path != ["main"]).then_some((file, path))
        })
        .collect();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|(_, m)| m.clone()).collect();
    let texts: Vec<(Vec<String>, String)> = modules
        .iter()
        .map(|(file, module)| {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            (module.clone(), strip(&text))
        })
        .collect();
    // Files that are test modules (`#[cfg(test)] mod tests;`) drop out.
    let test_files: BTreeSet<Vec<String>> = modules
        .iter()
        .flat_map(|(file, module)| {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            test_modules(&text).into_iter().map(move |name| {
                let mut m = module.clone();
                m.push(name);
                m
            })
        })
        .collect();
    // Names each module re-exports (`pub use`), and where they come from, so that
    // `crate::diagram::MapShapes` counts as an edge to `diagram::shapes`.
    let mut reexports: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    for (module, text) in &texts {
        for path in crate_paths(&public_uses(text), module) {
            if path.len() > module.len() + 1 || !path.starts_with(module) {
                let mut name = module.clone();
                name.extend(path.last().cloned());
                if name != path {
                    reexports.insert(name, path);
                }
            }
        }
    }
    let resolve = |mut path: Vec<String>| {
        for _ in 0..8 {
            let prefix = (0..=path.len())
                .rev()
                .find(|&k| known.contains(&path[..k]))
                .unwrap_or(0);
            let Some(origin) = path
                .get(prefix)
                .and_then(|_| reexports.get(&path[..=prefix]))
            else {
                break;
            };
            path = origin.iter().chain(&path[prefix + 1..]).cloned().collect();
        }
        path
    };

    let mut graph = Graph::new();
    let mut ui = BTreeSet::new();
    for (module, text) in &texts {
        if module.is_empty() || test_files.iter().any(|t| module.starts_with(t)) {
            continue;
        }
        let from = node(module, &known);
        graph.entry(from.clone()).or_default();
        if text.contains("Ui") && (text.contains("egui::") || text.contains("use egui")) {
            ui.insert(from.clone());
        }
        for path in crate_paths(text, module) {
            let to = node(&resolve(path), &known);
            if !to.is_empty() && to != from {
                graph.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    (graph, ui)
}

/// The `pub use` items of a module's text, their paths made to start at `self` where they
/// start at a child module (`pub use map::BackMap;` is `pub use self::map::BackMap;`).
fn public_uses(text: &str) -> String {
    let mut out = String::new();
    for (at, _) in text.match_indices("pub use ") {
        let item = &text[at + "pub use ".len()..];
        let item = &item[..item.find(';').map_or(item.len(), |e| e + 1)];
        let starts_at_root = ["crate::", "super::", "self::"]
            .iter()
            .any(|p| item.starts_with(p));
        out.push_str("pub use ");
        if !starts_at_root {
            out.push_str("self::");
        }
        out.push_str(item);
        out.push('\n');
    }
    out
}

/// The node a module path belongs to: its top-level module, or two levels inside `SPLIT` ones.
fn node(path: &[String], known: &BTreeSet<Vec<String>>) -> String {
    let Some(first) = path.first() else {
        return String::new();
    };
    if SPLIT.contains(&first.as_str()) && path.len() > 1 && known.contains(&path[..2]) {
        return path[..2].join("::");
    }
    if known.contains(&path[..1]) {
        first.clone()
    } else {
        String::new()
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The names of `#[cfg(test)] mod name;` declarations (test modules in files of their own).
fn test_modules(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(3)
        .filter(|w| w[0] == "#[cfg(test)]" && w[1] == "mod" && w[2].ends_with(';'))
        .map(|w| w[2].trim_end_matches(';').to_owned())
        .collect()
}

/// The text without comments, string and character literals, and `#[cfg(test)]` items.
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if at(&chars, i) == "//" {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if at(&chars, i) == "/*" {
            let mut depth = 0;
            while i < chars.len() {
                if at(&chars, i) == "/*" {
                    depth += 1;
                    i += 2;
                } else if at(&chars, i) == "*/" {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if chars[i] == 'r'
            && (chars.get(i + 1) == Some(&'"') || chars.get(i + 1) == Some(&'#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let end: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            j += 1;
            while j < chars.len() && chars[j..].iter().take(end.len()).collect::<String>() != end {
                j += 1;
            }
            i = j + end.len();
            out.push_str("\"\"");
        } else if chars[i] == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if chars[i] == '\'' {
            // A character literal ('x', '\n', '\''), or a lifetime, which is kept.
            if chars.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push('\'');
                i += 1;
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    drop_test_items(&out)
}

/// The two characters at `i`.
fn at(chars: &[char], i: usize) -> String {
    chars[i..].iter().take(2).collect()
}

/// Removes each item marked `#[cfg(test)]`: up to its `;`, or through its braces.
fn drop_test_items(text: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let item = &rest[at + MARK.len()..];
        let mut depth = 0usize;
        let mut end = item.len();
        for (k, c) in item.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                ';' if depth == 0 => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// Every path that starts at `crate::`, `super::` or `self::`, as a path from the crate root
/// (`module` is the path of the file's module). Use trees with braces are expanded.
fn crate_paths(text: &str, module: &[String]) -> Vec<Vec<String>> {
    let tokens = tokens(text);
    let mut paths = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i] == "use" {
            let end = tokens[i..]
                .iter()
                .position(|t| t == ";")
                .map_or(tokens.len(), |p| i + p);
            let mut pos = i + 1;
            use_tree(&tokens[..end], &mut pos, Vec::new(), &mut paths, module);
            i = end;
            continue;
        }
        let starts_path = matches!(tokens[i].as_str(), "crate" | "super" | "self")
            && tokens.get(i + 1).is_some_and(|t| t == "::")
            && (i == 0 || tokens[i - 1] != "::");
        if starts_path {
            let mut path = Vec::new();
            let mut j = i;
            while j < tokens.len() && is_ident(&tokens[j]) {
                path.push(tokens[j].clone());
                if tokens.get(j + 1).is_some_and(|t| t == "::") {
                    j += 2;
                } else {
                    break;
                }
            }
            if let Some(p) = absolute(&path, module) {
                paths.push(p);
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
    paths
}

/// Reads one use tree from `tokens[*pos..]`, prefix `prefix`, pushing its full paths.
fn use_tree(
    tokens: &[String],
    pos: &mut usize,
    prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
    module: &[String],
) {
    let mut path = prefix;
    while *pos < tokens.len() {
        let t = &tokens[*pos];
        if t == "{" {
            *pos += 1;
            while *pos < tokens.len() && tokens[*pos] != "}" {
                use_tree(tokens, pos, path.clone(), out, module);
                if tokens.get(*pos).is_some_and(|t| t == ",") {
                    *pos += 1;
                }
            }
            *pos += 1;
            return;
        } else if is_ident(t) {
            if t == "self" && !path.is_empty() {
                // `b::{self, Y}` names `b` itself.
            } else {
                path.push(t.clone());
            }
            *pos += 1;
            if tokens.get(*pos).is_some_and(|t| t == "::") {
                *pos += 1;
                continue;
            }
            if tokens.get(*pos).is_some_and(|t| t == "as") {
                *pos += 2;
            }
            break;
        } else if t == "*" {
            *pos += 1;
            break;
        } else {
            break;
        }
    }
    if let Some(p) = absolute(&path, module) {
        out.push(p);
    }
}

/// `path` from the crate root, if it starts at `crate`, `super` or `self`.
fn absolute(path: &[String], module: &[String]) -> Option<Vec<String>> {
    let first = path.first()?;
    let mut base: Vec<String> = match first.as_str() {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => {
            let mut base = module.to_vec();
            let mut k = 0;
            while path.get(k).is_some_and(|p| p == "super") {
                base.pop();
                k += 1;
            }
            base.extend(path[k..].iter().cloned());
            return Some(base);
        }
        _ => return None,
    };
    base.extend(path[1..].iter().cloned());
    Some(base)
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Identifiers, `::`, and single punctuation characters.
fn tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push("::".into());
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
            i += 1;
        }
    }
    out
}

/// Every node reachable from `start`, itself included.
fn reachable(graph: &Graph, start: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![start.to_owned()];
    while let Some(n) = stack.pop() {
        if seen.insert(n.clone()) {
            stack.extend(graph.get(&n).into_iter().flatten().cloned());
        }
    }
    seen
}

/// Each strongly connected component with more than one node (Tarjan): its nodes, and one cycle
/// through them written from its smallest node back to it, e.g. `a -> b -> c -> a`.
fn cycles(graph: &Graph) -> Vec<(Vec<String>, Vec<String>)> {
    struct Tarjan<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        on_stack: BTreeSet<&'g str>,
        components: Vec<Vec<&'g str>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, v: &'g str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.components.push(component);
                }
            }
        }
    }
    let mut t = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        components: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            t.visit(v);
        }
    }
    let mut found: Vec<(Vec<String>, Vec<String>)> = t
        .components
        .iter()
        .map(|component| {
            let members: BTreeSet<&str> = component.iter().copied().collect();
            let start = members.iter().next().copied().unwrap_or_default();
            let names = members.iter().map(|m| (*m).to_owned()).collect();
            (names, cycle_through(graph, start, &members))
        })
        .collect();
    found.sort();
    found
}

/// A shortest cycle from `start` back to it inside `members` (breadth first).
fn cycle_through(graph: &Graph, start: &str, members: &BTreeSet<&str>) -> Vec<String> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for w in graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !members.contains(w) {
                continue;
            }
            if w == start {
                let mut cycle = vec![start.to_owned()];
                let mut at = v;
                while at != start {
                    cycle.push(at.to_owned());
                    at = came_from[at];
                }
                cycle.push(start.to_owned());
                cycle.reverse();
                return cycle;
            }
            if !came_from.contains_key(w) && w != start {
                came_from.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    vec![start.to_owned()]
}
