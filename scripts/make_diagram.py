#!/usr/bin/env python3
"""Writes assets/data/diagram.ron (the back map) and scripts/muscle_shapes.json.

Diagram space is 400 x 640, x to the viewer's right, y down, seen from behind (the body's left on
the viewer's left), spine midline at x=200. Only the left half is drawn here, as smooth curves
through hand-placed points; the right half is its mirror image, so both sides match exactly.
Every outline is written as SVG path data (M, L, C, Z), as a drawing program would.

The levels follow the surface anatomy in shared/content-reference.md: C7 at y=150, shoulder-blade
top corner at T2, its ridge at T3 and lower tip at T7, lowest rib at T12, iliac crests highest at
L4, the sacroiliac dimples at S2. Regions are built from shared curve pieces (a piece is reversed
when walked the other way), so neighbours share their borders exactly and tile the torso; the arms
belong to the body but to no region. The head and the body share the hairline, so they never
overlap. Muscles (left side drawn, right mirrored) go to muscle_shapes.json with their fibre angle.

Landmark texts come from scripts/landmark_text.json (keyed by the id without _left/_right); a
missing file or id leaves them empty.

    make_diagram.py                   write diagram.ron and muscle_shapes.json
    make_diagram.py --check           also check the geometry (inside the body, tiling)
    make_diagram.py --preview F.svg   also draw SVG previews (F.svg and F-<layer>.svg)
    make_diagram.py --muscles         also copy fibre_angle, left and right into muscles.ron
                                      (muscles not drawn here, such as the scalenes, are left)

Authors may edit diagram.ron directly; this script only saves retyping the mirrored half.
"""
import argparse
import bisect
import json
import math
import pathlib
import re
import sys

W, H = 400, 640
SPINE_X = 200
ROOT = pathlib.Path(__file__).resolve().parent.parent
DIAGRAM = ROOT / "assets" / "data" / "diagram.ron"
MUSCLES_RON = ROOT / "assets" / "data" / "muscles.ron"
MUSCLE_JSON = ROOT / "scripts" / "muscle_shapes.json"
LANDMARK_TEXT = ROOT / "scripts" / "landmark_text.json"

LEVELS = [("C7", 150)] + [(f"T{i}", 150 + 17 * i) for i in range(1, 13)] + \
    [(f"L{i}", 354 + 22 * i) for i in range(1, 6)] + [("Sacrum", 505)]
Y = dict(LEVELS)


# ---------------------------------------------------------------------------------------------
# Curves. A segment is a cubic (p0, c1, c2, p3); a piece is a list of segments. Numbers are
# rounded to one decimal when a segment is made, so a piece and its mirror or reverse print the
# same digits wherever they are used, and shared borders match exactly.

def r1(v):
    v = round(v, 1)
    return 0.0 if v == 0 else v


def P(x, y):
    return (r1(x), r1(y))


def mirror_pt(p):
    return (r1(W - p[0]), p[1])


def mirror(piece):
    return [tuple(mirror_pt(p) for p in seg) for seg in piece]


def rev(piece):
    return [(s[3], s[2], s[1], s[0]) for s in reversed(piece)]


def shift(piece, dx, dy):
    return [tuple(P(x + dx, y + dy) for x, y in seg) for seg in piece]


def line(*pts):
    """Straight segments, written as cubics with the controls on the line."""
    out = []
    for a, b in zip(pts, pts[1:]):
        a, b = P(*a), P(*b)
        out.append((a, P(a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3),
                    P(a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3), b))
    return out


def _unit(dx, dy):
    d = math.hypot(dx, dy)
    return (dx / d, dy / d) if d else (0.0, 0.0)


def smooth(knots, closed=False, k=1 / 3):
    """A smooth curve through the knots. A knot is (x, y), (x, y, "c") for a corner, or
    (x, y, deg) to fix the direction of travel there (SVG degrees: 0 = right, 90 = down).
    The tangent at a knot bisects the two chords, and each control lies a third of its chord
    away, so uneven spacing does not make the curve overshoot."""
    n = len(knots)
    pts = [P(k_[0], k_[1]) for k_ in knots]
    tans = []
    for i, kn in enumerate(knots):
        prev = pts[i - 1] if (closed or i > 0) else None
        nxt = pts[(i + 1) % n] if (closed or i < n - 1) else None
        if len(kn) > 2 and kn[2] != "c":
            a = math.radians(kn[2])
            tans.append(((math.cos(a), math.sin(a)),) * 2)
            continue
        uin = _unit(pts[i][0] - prev[0], pts[i][1] - prev[1]) if prev else None
        uout = _unit(nxt[0] - pts[i][0], nxt[1] - pts[i][1]) if nxt else None
        if len(kn) > 2 or not (uin and uout):   # corner or open end: follow each chord
            tans.append((uin or uout, uout or uin))
        else:
            sx, sy = uin[0] + uout[0], uin[1] + uout[1]
            t = _unit(sx, sy)
            # At a turn sharper than a right angle, shorten the arms so the curve rounds
            # the knot instead of swinging wide of it.
            f = min(1.0, math.hypot(sx, sy) / 2 / math.sqrt(0.5))
            tans.append(((t[0] * f, t[1] * f),) * 2)
    segs = []
    for i in range(n if closed else n - 1):
        j = (i + 1) % n
        a, b = pts[i], pts[j]
        d = math.hypot(b[0] - a[0], b[1] - a[1]) * k
        ta, tb = tans[i][1], tans[j][0]
        segs.append((a, P(a[0] + ta[0] * d, a[1] + ta[1] * d),
                     P(b[0] - tb[0] * d, b[1] - tb[1] * d), b))
    return segs


class Chain:
    """A smooth open curve through named knots, cut into pieces between named knots."""

    def __init__(self, named):
        self.names = {nm: i for i, (nm, _) in enumerate(named) if nm}
        self.segs = smooth([kn for _, kn in named])

    def __call__(self, a, b):
        return self.segs[self.names[a]:self.names[b]]

    def at(self, name):
        i = self.names[name]
        return self.segs[i][0] if i < len(self.segs) else self.segs[-1][3]


def fmt(v):
    return f"{v:g}"


def path(*pieces, close=True):
    """SVG path data for pieces that join end to start."""
    segs = [s for p in pieces for s in p]
    out = [f"M {fmt(segs[0][0][0])} {fmt(segs[0][0][1])}"]
    for i, (a, c1, c2, b) in enumerate(segs):
        if i and segs[i - 1][3] != a:
            raise ValueError(f"pieces do not join: {segs[i - 1][3]} -> {a}")
        if _is_line(a, c1, c2, b):
            out.append(f"L {fmt(b[0])} {fmt(b[1])}")
        else:
            out.append("C " + " ".join(f"{fmt(x)} {fmt(y)}" for x, y in (c1, c2, b)))
    if close:
        if segs[-1][3] != segs[0][0]:
            raise ValueError(f"path does not close: {segs[-1][3]} vs {segs[0][0]}")
        out[-1:] = [] if out[-1].startswith("L") else out[-1:]
        out.append("Z")
    return " ".join(out)


def _is_line(a, c1, c2, b):
    def off(c):   # distance of a control from the chord a-b
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1
        return abs((c[0] - a[0]) * dy - (c[1] - a[1]) * dx) / d
    return off(c1) < 0.06 and off(c2) < 0.06


def shape(knots, k=1 / 3):
    """Closed smooth shape through knots."""
    return path(smooth(knots, closed=True, k=k))


def ellipse(cx, cy, rx, ry):
    """Closed ellipse from four cubic quarter arcs."""
    m = 0.5523   # control distance of a quarter circle, as a fraction of the radius
    quarter = [((cx + rx, cy), (cx + rx, cy + m * ry), (cx + m * rx, cy + ry), (cx, cy + ry)),
               ((cx, cy + ry), (cx - m * rx, cy + ry), (cx - rx, cy + m * ry), (cx - rx, cy)),
               ((cx - rx, cy), (cx - rx, cy - m * ry), (cx - m * rx, cy - ry), (cx, cy - ry)),
               ((cx, cy - ry), (cx + m * rx, cy - ry), (cx + rx, cy - m * ry), (cx + rx, cy))]
    return path([tuple(P(*q) for q in seg) for seg in quarter])


def mirror_path(d):
    """Mirror SVG path data (absolute M, L, C, Z only, as written here) across the midline."""
    toks = d.split()
    out, xy = [], 0
    for t in toks:
        if t.isalpha():
            out.append(t)
            xy = 0
        else:
            v = float(t)
            out.append(fmt(r1(W - v)) if xy % 2 == 0 else t)
            xy += 1
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# The figure (left half). Proportions: about 6.3 units to the centimetre, taken from C7 to the
# iliac crest; shoulders (over the deltoids) about 1.7x the waist, hips between the two.

# Head seen from behind: an oval skull with a hint of the ears, its lower edge the hairline
# over the neck. N0 is where the head meets the side of the neck.
N0 = (171, 104)
HEAD_UPPER = smooth([N0 + ("c",), (166, 100), (161, 95), (155, 90), (151, 80), (150, 68),
                     (153, 59), (157, 54), (158, 42), (163, 25), (175, 12), (188, 6),
                     (200, 5, 0)])
HEAD_LOWER = smooth([N0 + ("c",), (185, 110), (200, 112, 0)])   # the hairline, N0 to midline

# Body edge from where the head meets the neck down the left side to the crotch. Above N0 the
# body ends at the head's lower edge, so head and body share that border and never overlap.
BODY = Chain([
    ("n0", N0 + (90,)),
    (None, (169, 117)), ("nb", (164, 130)),                     # side of the neck, neck base
    (None, (147, 141)), (None, (118, 153)), ("acr", (88, 163)),  # trapezius line to the shoulder
    (None, (69, 171)), (None, (58, 188)), (None, (54, 212)),     # round of the deltoid
    (None, (50.5, 262)), (None, (47.5, 314)),                     # back of the upper arm
    (None, (49.5, 322.5)), (None, (64, 325.5)), (None, (78.5, 327)),  # cut across above the elbow
    (None, (82, 320)), (None, (88.5, 297)), (None, (95, 271)),    # inner arm up to the armpit
    ("x", (100, 248, "c")),
    (None, (100, 275)), ("e311", (103, 311)), ("e365", (110, 365)),  # flank over the ribs
    (None, (117, 408)), (None, (116, 436)), ("cl", (112, 456)),   # waist (L2-L3), iliac crest
    (None, (102, 492)), ("tr", (95, 540)), (None, (96, 585)),     # hip over the great trochanter
    (None, (98, 612)), ("b", (101, 630, "c")),                    # outer thigh, cut across
    ("bi", (192, 630, "c")), ("cr", (200, 613, "c")),             # inner thigh up to the crotch
])

# Where the arm joins the back: from the top of the shoulder round the back of the deltoid to
# the armpit. It bounds the regions; the arm outside it is body but no region.
JUNCTION = Chain([("acr", (88, 163, 96)), ("s1", (88, 190)), ("s2", (94, 229)),
                  ("x", (100, 248))])

# Region borders inside the torso.
NECK_BASE = smooth([(164, 130, 50), (176, 142), (186, 150, 20)])
SPINE_EDGE = Chain([("c7", (186, 150)), ("t1", (186, 162)), ("t7", (186, 262)),
                    ("t9", (186, 311)), ("t12", (186, 365)), ("l5", (186, 472))])
# Top of the shoulder blade (T2) to its top corner, then up to the spine at T1.
BLADE_TOP = Chain([("s1", (88, 190)), (None, (112, 187)), (None, (136, 184)),
                   ("sa", (157, 182, "c")), ("t1", (186, 162))])
# Inner edge of the blade, round its lower tip (T7) and up its outer edge.
BLADE_EDGE = Chain([("sa", (157, 182, "c")), (None, (160, 204)), (None, (160, 232)),
                    ("m260", (156, 260)), (None, (150, 271)), ("ia", (144, 275)),
                    (None, (136, 272)), (None, (115, 252)), ("s2", (94, 229))])
T7_LINE = line((186, 262), BLADE_EDGE.at("m260"))
T9_LINE = line((186, 311), BODY.at("e311"))
T12_LINE = line((186, 365), BODY.at("e365"))
# The iliac crest from the flank, highest at L4, down to the top corner of the sacrum.
CREST = smooth([BODY.at("cl"), (124, 446), (142, 442), (160, 448), (172, 472, 70)])
L5_LINE = line((172, 472), (186, 472))
SACRUM_SIDE = smooth([(172, 472, 80), (177, 497), (183, 521), (192, 551), (200, 570, 70)])
CLEFT = line((200, 570), (200, 613))


def regions():
    """The 17 regions; left ones are mirrored for the right."""
    M = mirror
    left = {
        "shoulder": path(BODY("nb", "acr"), JUNCTION("acr", "s1"), BLADE_TOP("s1", "t1"),
                         rev(SPINE_EDGE("c7", "t1")), rev(NECK_BASE)),
        "shoulder_blade": path(BLADE_TOP("s1", "sa"), BLADE_EDGE("sa", "s2"),
                               rev(JUNCTION("s1", "s2"))),
        "upper_thoracic": path(BLADE_TOP("sa", "t1"), SPINE_EDGE("t1", "t7"), T7_LINE,
                               rev(BLADE_EDGE("sa", "m260"))),
        "mid_thoracic": path(T7_LINE, BLADE_EDGE("m260", "s2"), JUNCTION("s2", "x"),
                             BODY("x", "e311"), rev(T9_LINE), rev(SPINE_EDGE("t7", "t9"))),
        "lower_thoracic": path(T9_LINE, BODY("e311", "e365"), rev(T12_LINE),
                               rev(SPINE_EDGE("t9", "t12"))),
        "lumbar": path(T12_LINE, BODY("e365", "cl"), CREST, L5_LINE,
                       rev(SPINE_EDGE("t12", "l5"))),
        "hip": path(CREST, SACRUM_SIDE, CLEFT, rev(BODY("cl", "cr"))),
    }
    neck = path(BODY("n0", "nb"), NECK_BASE, line((186, 150), (214, 150)), rev(M(NECK_BASE)),
                rev(M(BODY("n0", "nb"))), M(HEAD_LOWER), rev(HEAD_LOWER))
    spine = path(SPINE_EDGE("c7", "l5"), line((186, 472), (214, 472)),
                 rev(M(SPINE_EDGE("c7", "l5"))), line((214, 150), (186, 150)))
    sacrum = path(L5_LINE, line((186, 472), (214, 472)), rev(M(L5_LINE)), M(SACRUM_SIDE),
                  rev(SACRUM_SIDE))
    out = {"neck": neck, "spine": spine, "sacrum": sacrum}
    for name, d in left.items():
        out[f"{name}_left"] = d
        out[f"{name}_right"] = mirror_path(d)
    return out


# Region order is the keyboard order; it is set in regions.ron, not here.
ORDER = ["neck", "shoulder_left", "shoulder_right", "shoulder_blade_left", "upper_thoracic_left",
         "spine", "upper_thoracic_right", "shoulder_blade_right", "mid_thoracic_left",
         "mid_thoracic_right", "lower_thoracic_left", "lower_thoracic_right", "lumbar_left",
         "lumbar_right", "sacrum", "hip_left", "hip_right"]


def body_path():
    left = rev(HEAD_LOWER) + BODY("n0", "cr")
    return path(left, rev(mirror(left)))


def head_path():
    return path(HEAD_UPPER, rev(mirror(HEAD_UPPER)), mirror(HEAD_LOWER), rev(HEAD_LOWER))


def arm_path():
    """The left arm: body edge from the top of the shoulder to the armpit, back along the
    junction. Used by the check and the preview only."""
    return path(BODY("acr", "x"), rev(JUNCTION("acr", "x")))


# ---------------------------------------------------------------------------------------------
# Places not to press (endangerment sites), drawn by the "where not to press" layer. Each names
# the caution that explains it. Left-side shapes are mirrored for the right.

def capsule(x0, x1, y0, y1, flat_top=False, flat_bottom=False):
    """A rounded strip; flat ends where it meets the next strip."""
    r = (x1 - x0) / 2
    cx = (x0 + x1) / 2
    top = line((x0, y0), (x1, y0)) if flat_top else \
        [(P(x0, y0 + r), P(x0, y0 + r * 0.45), P(cx - r * 0.55, y0), P(cx, y0)),
         (P(cx, y0), P(cx + r * 0.55, y0), P(x1, y0 + r * 0.45), P(x1, y0 + r))]
    y0b = y0 if flat_top else y0 + r
    y1b = y1 if flat_bottom else y1 - r
    bottom = line((x1, y1), (x0, y1)) if flat_bottom else \
        [(P(x1, y1b), P(x1, y1b + r * 0.55), P(cx + r * 0.55, y1), P(cx, y1)),
         (P(cx, y1), P(cx - r * 0.55, y1), P(x0, y1b + r * 0.55), P(x0, y1b))]
    start = top[0][0]
    return path(top, line(top[-1][3], bottom[0][0]), bottom, line(bottom[-1][3], start))


def danger_zones():
    # The kidneys lie under the lowest ribs, T12 to L3, hilum towards the spine; the right one
    # sits a little lower (the liver is above it).
    kidney = smooth([(168, 347), (179, 355), (182, 371), (176, 385), (180, 400), (176, 414),
                     (164, 421), (150, 414), (143, 394), (145, 369), (154, 353)], closed=True)
    kidney_l = path(kidney)
    kidney_r = path(shift(mirror(kidney), 0, 8))
    # The sciatic nerve leaves the pelvis below piriformis, passes midway between the great
    # trochanter and the sit bone, then runs down the middle of the back of the thigh.
    sciatic = shape([(158, 553), (169, 554), (158, 582), (151, 604), (150, 626),
                     (139, 626), (140, 602), (146, 578)])
    # The sides of the neck (its front cannot be seen from behind).
    neck_side = shape([(174, 112), (179, 112), (178, 126), (175, 140), (170, 138),
                       (172, 126)])
    # The hollow above the collarbone, in front of the ridge of the shoulder.
    collar = shape([(166, 135), (150, 145), (128, 153), (110, 158, "c"), (128, 157),
                    (150, 150), (167, 140, "c")])
    # The armpit, where the arm meets the side of the chest.
    armpit = shape([(96, 222), (100, 232), (100, 242), (95, 248), (90, 242), (89, 231)])
    spinous_sacral = shape([(195, 472, "c"), (205, 472, "c"), (204.5, 520), (203, 553),
                            (200, 571), (197, 553), (195.5, 520)])
    return [
        ("spinous_processes", "neck", capsule(196, 204, 114, 150, flat_bottom=True)),
        ("spinous_processes", "back", capsule(195, 205, 150, 472, True, True)),
        ("spinous_processes", "sacrum and tailbone", spinous_sacral),
        ("kidney_area", "left side", kidney_l),
        ("kidney_area", "right side", kidney_r),
        ("sciatic_nerve", "left side", sciatic),
        ("sciatic_nerve", "right side", mirror_path(sciatic)),
        ("front_of_neck", "left side", neck_side),
        ("front_of_neck", "right side", mirror_path(neck_side)),
        ("collarbone_and_armpit_hollows", "left, in front of the ridge, above the collarbone",
         collar),
        ("collarbone_and_armpit_hollows", "right, in front of the ridge, above the collarbone",
         mirror_path(collar)),
        ("collarbone_and_armpit_hollows", "left armpit", armpit),
        ("collarbone_and_armpit_hollows", "right armpit", mirror_path(armpit)),
    ]


# ---------------------------------------------------------------------------------------------
# Bones and landmarks. (id without side, side, path)

def landmarks():
    # Shoulder blade: top corner at T2, inner edge about x 158, lower tip at T7, the socket
    # (glenoid) out under the top of the shoulder.
    blade = shape([(156, 184, "c"), (158, 196), (159, 204), (158, 232), (153, 256),
                   (147, 270, "c"), (130, 254), (114, 236), (102, 219), (97, 209),
                   (94, 203, "c"), (98, 197), (110, 192), (132, 188)])
    # The ridge (spine of the scapula): starts at the inner edge at T3 and rises out to the
    # acromion, the bony point of the shoulder.
    ridge = shape([(159, 200, "c"), (134, 190), (110, 180), (96, 172), (88, 169, "c"),
                   (88, 175), (98, 180), (112, 186), (136, 196), (159, 204, "c")])
    tip = shape([(142, 262), (147, 262), (150, 267), (147, 273, "c"), (141, 268)])
    # The 11th and 12th ribs leave the spine at T11 and T12 and run down and out; the 12th is
    # the shorter. Two open lines.
    ribs = path(smooth([(187, 337, 165), (164, 344), (141, 357), (124, 374, 128)]), close=False) \
        + " " + path(smooth([(187, 354, 160), (170, 361), (155, 372), (147, 383, 120)]),
                     close=False)
    # Top of the hip bone: from the dimple over the sacroiliac joint up and out, highest at
    # L4, then down towards the flank.
    crest = path(smooth([(181, 507, 250), (170, 470), (156, 448), (140, 442, 180), (124, 446),
                         (114, 456, 130)]), close=False)
    dimple = ellipse(182, Y["Sacrum"] + 10, 4, 4)
    # Sacrum: five fused spine bones, a triangle from L5/S1 down to its tip; tailbone below.
    sacrum = shape([(174, 475, "c"), (200, 471), (226, 475, "c"), (222, 500), (216, 524),
                    (207, 545), (200, 551, "c"), (193, 545), (184, 524), (178, 500)])
    tailbone = shape([(195, 554, "c"), (205, 554, "c"), (203, 563), (200, 569), (197, 563)])
    # One bump per spinous process, T1 to L5; the lumbar ones are broader.
    bumps = []
    for label, y in LEVELS:
        if label[0] in "TL":
            rx, ry = (3.5, 4) if label[0] == "T" else (4.5, 5)
            bumps.append(ellipse(200, y, rx, ry))
    return [
        ("c7", "Midline", ellipse(200, Y["C7"], 6, 5)),
        ("spinous_processes", "Midline", " ".join(bumps)),
        ("shoulder_blade", "Left", blade), ("shoulder_blade", "Right", mirror_path(blade)),
        ("scapular_spine", "Left", ridge), ("scapular_spine", "Right", mirror_path(ridge)),
        ("inferior_angle", "Left", tip), ("inferior_angle", "Right", mirror_path(tip)),
        ("lowest_ribs", "Left", ribs), ("lowest_ribs", "Right", mirror_path(ribs)),
        ("iliac_crest", "Left", crest), ("iliac_crest", "Right", mirror_path(crest)),
        ("si_dimple", "Left", dimple), ("si_dimple", "Right", mirror_path(dimple)),
        ("sacrum", "Midline", sacrum),
        ("tailbone", "Midline", tailbone),
    ]


# ---------------------------------------------------------------------------------------------
# Muscles, left side (the right is mirrored). fibre_angle: degrees from horizontal on the left
# side as drawn, positive when the fibres rise towards the spine, 90 = up and down.

def muscles():
    m = {}
    # Upper trapezius: skull base and nuchal ligament down and out to the outer collarbone
    # and the point of the shoulder; it makes the slope of the shoulder.
    m["trapezius_upper"] = (30, shape([
        (200, 112.5, "c"), (200, 150, "c"), (168, 155), (130, 163), (93, 171, "c"), (91, 166.5),
        (118, 156), (147, 143.5), (163, 132.5), (171, 123), (179, 113, "c")]))
    # Middle trapezius: C7-T3 straight out to the acromion and the ridge of the blade.
    m["trapezius_middle"] = (0, shape([
        (200, 150, "c"), (200, 206, "c"), (178, 205), (160, 202, "c"), (136, 193), (112, 184),
        (93, 175, "c"), (93, 171, "c"), (130, 163), (168, 155)]))
    # Lower trapezius: T4-T12 up and out to the inner end of the ridge: a triangle whose
    # lower fibres, from T10 to T12, still reach a little past the spine's strip.
    m["trapezius_lower"] = (-58, shape([
        (200, 206, "c"), (200, 356, "c"), (190, 336), (182.5, 316), (174, 284), (164, 250),
        (157, 222), (156, 210), (160, 202, "c"), (178, 205)]))
    # Levator scapulae: C1-C4 at the side of the neck down to the blade's top inner corner.
    m["levator_scapulae"] = (75, shape([
        (175, 113, "c"), (185, 113, "c"), (183, 136), (172, 166), (161, 195, "c"),
        (153, 184, "c"), (163, 156), (172, 132)]))
    # Splenius (capitis and cervicis): from the nuchal ligament and C7-T4 spines up and out
    # under the trapezius to the skull behind the ear.
    m["splenius"] = (-70, shape([
        (200, 124, "c"), (200, 214, "c"), (190, 185), (181, 153), (177, 130), (175, 113, "c"),
        (189, 113, "c")]))
    # Rhomboids (minor and major): C7-T5 spines down and out to the blade's inner edge.
    m["rhomboids"] = (40, shape([
        (200, 154, "c"), (200, 238, "c"), (174, 254), (150, 269, "c"), (156, 246),
        (159, 220), (159, 198, "c"), (180, 175)]))
    # Supraspinatus: in the hollow above the ridge, under the acromion to the top of the arm.
    m["supraspinatus"] = (-15, shape([
        (156, 183, "c"), (158.5, 198.5, "c"), (134, 189), (110, 179.5), (96, 174),
        (86, 176), (83, 173), (86, 170), (97, 167), (110, 170), (132, 177)]))
    # Infraspinatus: the blade below the ridge, converging on the back of the arm bone.
    m["infraspinatus"] = (-30, shape([
        (159, 205, "c"), (158, 232), (153, 253), (143, 258, "c"), (126, 245), (110, 229),
        (96, 213), (85, 202), (82, 196), (86, 189), (100, 184), (118, 189), (138, 197)]))
    # Teres minor: a narrow band along the upper outer edge of the blade, below infraspinatus.
    m["teres_minor"] = (-44, shape([
        (127, 244, "c"), (113, 231), (101, 217), (91, 207), (84, 203), (86, 210),
        (97, 220), (112, 237), (125, 250), (131, 253, "c")]))
    # Teres major: from the lower tip of the blade up and out to the arm, below teres minor.
    m["teres_major"] = (-32, shape([
        (131, 251, "c"), (114, 241), (99, 231), (90, 229), (88, 235), (91, 241), (97, 243.5),
        (107, 254), (126, 268), (146, 278, "c"), (149, 270)]))
    # Latissimus dorsi: from the T7-L5 spines (through the thoracolumbar fascia, not drawn)
    # and the iliac crest, sweeping up and out over the lower tip of the blade to the armpit.
    m["latissimus_dorsi"] = (-50, shape([
        (200, 268, "c"), (195, 300), (184, 340), (166, 384), (148, 420), (134, 441, "c"),
        (124, 446), (119, 452, "c"), (120, 420), (115, 380), (108, 330), (104, 290),
        (103, 258), (101, 243), (94, 240), (91, 236.5), (94, 233), (110, 246), (130, 264),
        (148, 278), (172, 273)]))
    # Erector spinae: a column either side of the spine, sacrum to neck, thickest in the
    # lumbar region.
    m["erector_spinae"] = (90, shape([
        (195.5, 118, "c"), (195, 200), (195, 330), (195, 460), (196, 548, "c"), (187, 534),
        (177, 505), (168, 470), (164, 430), (164, 380), (167, 320), (171, 260), (176, 205),
        (182, 160), (187, 130), (191, 118, "c")]))
    # Multifidus: small, deep, beside the spine, thickest over the sacrum and lumbar spine.
    m["multifidus"] = (70, shape([
        (196.5, 300, "c"), (196.5, 420), (197, 555, "c"), (188, 545), (181, 520), (178, 480),
        (181, 430), (187, 370), (193, 310)]))
    # Quadratus lumborum: between the 12th rib and the iliac crest, beside (and under) the
    # erector spinae.
    m["quadratus_lumborum"] = (75, shape([
        (183, 358, "c"), (181, 400), (178, 440), (174, 462, "c"), (158, 450), (142, 445),
        (130, 446, "c"), (137, 418), (146, 392), (151, 378, "c"), (168, 366)]))
    # Gluteus maximus: from the back of the ilium near the dimple, the sacrum and tailbone
    # down and out to the thigh (iliotibial band and the femur).
    m["gluteus_maximus"] = (45, shape([
        (168, 466, "c"), (178, 490), (184, 515), (190, 540), (196, 562), (198, 580, "c"),
        (186, 602), (166, 617), (140, 624), (116, 620), (104, 606, "c"), (99, 578),
        (100, 548), (116, 522), (140, 492)]))
    # Gluteus medius: below the iliac crest, above and outside gluteus maximus, to the top of
    # the great trochanter.
    m["gluteus_medius"] = (60, shape([
        (116, 454, "c"), (130, 446), (146, 444), (162, 452), (171, 466, "c"), (150, 492),
        (126, 518), (108, 544, "c"), (100, 540, "c"), (101, 506), (108, 476)]))
    # Gluteus minimus: under medius, a smaller fan to the front of the trochanter.
    m["gluteus_minimus"] = (70, shape([
        (121, 462, "c"), (138, 455), (154, 460), (160, 470, "c"), (143, 492), (124, 516),
        (108, 540, "c"), (103, 532), (107, 500), (113, 478)]))
    # Piriformis: from the front of the sacrum (S2-S4) out to the top of the great trochanter;
    # the sciatic nerve leaves just below it.
    m["piriformis"] = (10, shape([
        (186, 517, "c"), (192, 549, "c"), (170, 550), (140, 550), (110, 546, "c"),
        (107, 540, "c"), (132, 534), (160, 524)]))
    # Suboccipital muscles: four small pairs between the skull and C1-C2, just below the
    # hairline and either side of the middle; the deepest layer of the upper neck.
    m["suboccipital_muscles"] = (-40, shape([
        (198.5, 113.5, "c"), (188, 111.5), (179.5, 109.5, "c"), (181, 117), (186, 123),
        (193, 127), (198.5, 127.5, "c")]))
    # Semispinalis capitis: the thick rope either side of the middle of the back of the neck,
    # from the side knobs of C4-T6 up to the skull between the nuchal lines, under splenius.
    m["semispinalis_capitis"] = (82, shape([
        (198.5, 113.5, "c"), (186.5, 112, "c"), (184, 130), (183, 150), (182.5, 180),
        (182, 215), (183.5, 243), (185.5, 256, "c"), (189, 232), (192, 200), (194.5, 170),
        (196.5, 140), (198, 122)]))
    # Serratus posterior superior: a thin sheet under the rhomboids, from the C7-T3 spines down
    # and out to ribs 2-5 just beyond their angles, at the blade's inner edge.
    m["serratus_posterior_superior"] = (42, shape([
        (200, 149, "c"), (180, 169), (161, 189, "c"), (158, 203), (157, 218), (158.5, 243, "c"),
        (180, 222), (200, 204, "c")]))
    # Serratus anterior, as a back view shows it: its lower slips on the side of the ribs
    # below the armpit (ribs 5 to 9), running up and back to the lower tip of the blade. Its
    # upper part, under the blade, and its toothed front edge are out of sight.
    m["serratus_anterior"] = (50, shape([
        (141, 265, "c"), (126, 252), (112, 241), (104.5, 246, "c"), (103, 262), (104, 284),
        (106, 306), (109, 326, "c"), (118, 308), (128, 289), (136, 274)]))
    # Deltoid, back part: from the lower lip of the ridge of the shoulder blade, out to the
    # bony point of the shoulder, round the back of the shoulder and down to the middle of the
    # outer upper arm (the deltoid tuberosity).
    m["posterior_deltoid"] = (45, shape([
        (128, 193.5, "c"), (112, 188), (98, 182), (88, 177.5), (79, 178), (70, 184), (63, 196),
        (58.5, 215), (56.5, 240), (57.5, 262, "c"), (72, 247), (88, 229), (104, 212),
        (117, 201)]))
    # Serratus posterior inferior: a thin sheet under the latissimus dorsi, from the T11-L2
    # spines (through the sheet of tissue; only its fleshy part is drawn) up and out to the
    # lower borders of ribs 9-12.
    m["serratus_posterior_inferior"] = (-30, shape([
        (186, 331, "c"), (167, 320), (149, 312, "c"), (145.5, 326), (146, 343), (149, 361),
        (153.5, 378, "c"), (170, 385), (186, 390, "c")]))
    return m


MUSCLE_ORDER = ["trapezius_upper", "trapezius_middle", "trapezius_lower", "levator_scapulae",
                "splenius", "suboccipital_muscles", "semispinalis_capitis", "rhomboids",
                "serratus_posterior_superior", "supraspinatus", "infraspinatus", "teres_minor",
                "teres_major", "posterior_deltoid", "serratus_anterior", "latissimus_dorsi",
                "erector_spinae", "serratus_posterior_inferior", "multifidus",
                "quadratus_lumborum", "gluteus_maximus", "gluteus_medius", "gluteus_minimus",
                "piriformis"]


def muscle_shapes():
    return {mid: {"fibre_angle": angle, "left": d, "right": mirror_path(d)}
            for mid, (angle, d) in ((k, muscles()[k]) for k in MUSCLE_ORDER)}


# ---------------------------------------------------------------------------------------------
# Writing.

def ron_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def load_landmark_text():
    try:
        return json.loads(LANDMARK_TEXT.read_text(encoding="utf-8"))
    except FileNotFoundError:
        print(f"note: {LANDMARK_TEXT.name} is missing; landmark texts left empty", file=sys.stderr)
        return {}


def diagram_ron():
    texts = load_landmark_text()
    lines = [
        "// The back map, seen from behind: the body's left is on the viewer's left.",
        "// Diagram space is `size` units wide and high; x grows to the right, y downwards.",
        "// Outlines are SVG path data, as a drawing program writes it.",
        "// Generated by scripts/make_diagram.py (which mirrors the left half); edit either.",
        "(",
        f"    size: ({W}, {H}),",
        f"    head: {ron_str(head_path())},",
        f"    body: {ron_str(body_path())},",
        f"    spine_x: {SPINE_X},",
        "    levels: [",
    ]
    lines += [f'        (label: "{label}", y: {y}),' for label, y in LEVELS]
    lines += ["    ],", "    outlines: ["]
    outlines = regions()
    for name in ORDER:
        lines.append(f"        (region: {ron_str(name)}, path: {ron_str(outlines[name])}),")
    lines += ["    ],", "    danger_zones: ["]
    for caution, part, d in danger_zones():
        lines.append(f"        (caution: {ron_str(caution)}, part: {ron_str(part)}, "
                     f"path: {ron_str(d)}),")
    lines += ["    ],", "    landmarks: ["]
    for base, side, d in landmarks():
        lid = base if side == "Midline" else f"{base}_{side.lower()}"
        t = texts.get(base)
        if t is None and texts:
            print(f"note: {LANDMARK_TEXT.name} has no text for {base!r}", file=sys.stderr)
        t = t or {}
        sources = ", ".join(ron_str(s) for s in t.get("sources", []))
        lines += [
            "        (",
            f"            id: {ron_str(lid)},",
            f"            side: {side},",
            f"            name: {ron_str(t.get('name', ''))},",
            f"            level: {ron_str(t.get('level', ''))},",
            f"            about: {ron_str(t.get('about', ''))},",
            f"            find: {ron_str(t.get('find', ''))},",
            f"            path: {ron_str(d)},",
            f"            sources: [{sources}],",
            "        ),",
        ]
    lines += ["    ],", ")", ""]
    return "\n".join(lines)


# --muscles: replace the values of fibre_angle, left and right inside each muscle's entry in
# muscles.ron, leaving every other byte as it is. A small scanner skips strings and comments so
# that text inside them is never mistaken for a field.

def _ron_tokens(text):
    """Yields (kind, start, end) for strings, comments and single characters outside them."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            yield "str", i, j + 1
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            yield "ch", i, i + 1
            i += 1


def patch_muscles_ron(text, shapes):
    edits, missing = [], set(shapes)
    depth, entry_start, toks = 0, None, list(_ron_tokens(text))
    entries = []   # (start, end) of each top-level record, depth 2: [ ( ... ) ]
    for kind, s, e in toks:
        if kind != "ch":
            continue
        c = text[s]
        if c in "([{":
            depth += 1
            if depth == 2 and c == "(":
                entry_start = s
        elif c in ")]}":
            if depth == 2 and c == ")" and entry_start is not None:
                entries.append((entry_start, e))
                entry_start = None
            depth -= 1
    for start, end in entries:
        # Fields at the record's own level only.
        fields, depth = {}, 0
        sub = [t for t in toks if start < t[1] < end - 1]
        for idx, (kind, s, e) in enumerate(sub):
            if kind == "ch" and text[s] in "([{":
                depth += 1
            elif kind == "ch" and text[s] in ")]}":
                depth -= 1
            elif kind == "ch" and depth == 0 and text[s] == ":":
                key = re.search(r"([A-Za-z_][A-Za-z0-9_]*)\s*$", text[start + 1:s])
                if key:
                    fields[key.group(1)] = s + 1
        if "id" not in fields:
            continue
        mid = re.match(r'\s*"([^"]*)"', text[fields["id"]:])
        if not mid or mid.group(1) not in shapes:
            continue
        sh = shapes[mid.group(1)]
        missing.discard(mid.group(1))
        for key, value, pat in (("fibre_angle", fmt(sh["fibre_angle"]), r"\s*-?[0-9.]+"),
                                ("left", ron_str(sh["left"]), r'\s*"(?:[^"\\]|\\.)*"'),
                                ("right", ron_str(sh["right"]), r'\s*"(?:[^"\\]|\\.)*"')):
            if key not in fields:
                print(f"muscles.ron: {mid.group(1)} has no {key}", file=sys.stderr)
                continue
            mt = re.compile(pat).match(text, fields[key])
            if not mt:
                print(f"muscles.ron: {mid.group(1)}: cannot read {key}", file=sys.stderr)
                continue
            edits.append((fields[key], mt.end(), " " + value))
    for s, e, v in sorted(edits, reverse=True):
        text = text[:s] + v + text[e:]
    return text, sorted(missing)


# ---------------------------------------------------------------------------------------------
# Check: parse every written path back, flatten it and test the geometry.

def parse_path(d, steps=24):
    """Flattens SVG path data (M, L, C, Z, absolute) to a list of (points, closed) rings."""
    toks = re.findall(r"[MLCZ]|-?[0-9.]+", d)
    rings, cur, i, cmd = [], None, 0, None
    while i < len(toks):
        t = toks[i]
        if t.isalpha():
            cmd = t
            i += 1
            if cmd == "Z":
                rings.append((cur, True))
                cur = None
            continue
        nums = [float(x) for x in toks[i:i + {"M": 2, "L": 2, "C": 6}[cmd]]]
        i += len(nums)
        if cmd == "M":
            if cur:
                rings.append((cur, False))
            cur = [tuple(nums)]
            cmd = "L"
        elif cmd == "L":
            cur.append(tuple(nums))
        else:
            p0 = cur[-1]
            c1, c2, p3 = nums[0:2], nums[2:4], nums[4:6]
            for s in range(1, steps + 1):
                t_ = s / steps
                u = 1 - t_
                cur.append((u ** 3 * p0[0] + 3 * u * u * t_ * c1[0] + 3 * u * t_ * t_ * c2[0]
                            + t_ ** 3 * p3[0],
                            u ** 3 * p0[1] + 3 * u * u * t_ * c1[1] + 3 * u * t_ * t_ * c2[1]
                            + t_ ** 3 * p3[1]))
    if cur:
        rings.append((cur, False))
    return rings


class Shape:
    """Even-odd point test by scanline crossings, cached per row."""

    def __init__(self, d):
        self.rings = parse_path(d)
        self.edges = []
        for pts, _ in self.rings:
            ring = pts if pts[0] == pts[-1] else pts + [pts[0]]
            self.edges += list(zip(ring, ring[1:]))
        self.rows = {}

    def crossings(self, y):
        if y not in self.rows:
            xs = []
            for (x0, y0), (x1, y1) in self.edges:
                if (y0 <= y) != (y1 <= y):
                    xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
            self.rows[y] = sorted(xs)
        return self.rows[y]

    def inside(self, x, y):

        return bisect.bisect_left(self.crossings(y), x) % 2 == 1

    def dist(self, x, y):
        best = 1e9
        for (x0, y0), (x1, y1) in self.edges:
            dx, dy = x1 - x0, y1 - y0
            L = dx * dx + dy * dy
            t = 0 if L == 0 else max(0, min(1, ((x - x0) * dx + (y - y0) * dy) / L))
            best = min(best, math.hypot(x0 + t * dx - x, y0 + t * dy - y))
        return best

    def points(self):
        return [p for pts, _ in self.rings for p in pts]


def check():
    problems = []
    body, head = Shape(body_path()), Shape(head_path())
    arm_l = Shape(arm_path())
    arm_r = Shape(mirror_path(arm_path()))
    outlines = {k: Shape(v) for k, v in regions().items()}

    def within_body(name, sh, allow_head=True, tol=0.0):
        # Regions share the body's edge, so their points may lie on it (tol); the rest must
        # lie strictly inside.
        bad = [p for p in sh.points() if not (0 <= p[0] <= W and 0 <= p[1] <= H)
               or (not body.inside(*p) and body.dist(*p) > tol)]
        if not allow_head:
            bad += [p for p in sh.points() if head.inside(*p) and head.dist(*p) > 0.5]
        if bad:
            problems.append(f"{name}: {len(bad)} points outside the body (or in the head), "
                            f"e.g. ({bad[0][0]:.1f}, {bad[0][1]:.1f})")

    for name, sh in outlines.items():
        within_body(f"region {name}", sh, allow_head=False, tol=0.3)
    for caution, part, d in danger_zones():
        within_body(f"zone {caution} ({part})", Shape(d), allow_head=False)
    for base, side, d in landmarks():
        within_body(f"landmark {base} {side}", Shape(d), allow_head=False)
    for mid, sh in muscle_shapes().items():
        within_body(f"muscle {mid} left", Shape(sh["left"]), allow_head=False)
        within_body(f"muscle {mid} right", Shape(sh["right"]), allow_head=False)
    for pts, closed in head.rings + body.rings:
        if not closed:
            problems.append("head or body is not closed")

    # Tiling: sample the torso (body without head and arms) on a grid; points on the grid never
    # fall exactly on a border, so every point should lie in exactly one region.
    torso = uncovered = overlap = in_arm = head_overlap = 0
    for yi in range(H):
        y = yi + 0.5
        for xi in range(W):
            x = xi + 0.5
            if not body.inside(x, y):
                continue
            n = sum(1 for sh in outlines.values() if sh.inside(x, y))
            if head.inside(x, y):
                head_overlap += 1
                continue
            if arm_l.inside(x, y) or arm_r.inside(x, y):
                in_arm += n
                continue
            torso += 1
            uncovered += n == 0
            overlap += n > 1
    frac = uncovered / torso
    print(f"torso grid points: {torso}; uncovered: {uncovered} ({100 * frac:.2f} %); "
          f"in two or more regions: {overlap}; region points in the arms: {in_arm}")
    if overlap:
        problems.append(f"{overlap} grid points lie in two or more regions")
    if frac > 0.005:
        problems.append(f"{100 * frac:.2f} % of the torso is in no region")
    if in_arm:
        problems.append(f"regions reach into the arms at {in_arm} grid points")
    if head_overlap:
        problems.append(f"head and body overlap at {head_overlap} grid points")
    every = [head_path(), body_path()] + list(regions().values()) + \
        [d for _, _, d in danger_zones()] + [d for _, _, d in landmarks()] + \
        [d for sh in muscle_shapes().values() for d in (sh["left"], sh["right"])]
    long_numbers = [t for d in every for t in re.findall(r"-?[0-9]+\.[0-9]{2,}", d)]
    if long_numbers:
        problems.append(f"numbers with more than one decimal: {long_numbers[:3]}")
    counts = (len(ORDER), len(danger_zones()), len(landmarks()), len(muscle_shapes()))
    print("regions %d, danger zones %d, landmarks %d, muscles %d" % counts)
    if counts[:2] != (17, 13) or set(ORDER) != set(outlines):
        problems.append("expected 17 regions and 13 danger zones")
    for p in problems:
        print("FAIL:", p)
    print("check:", "FAILED" if problems else "ok")
    return not problems


# ---------------------------------------------------------------------------------------------
# Preview: an SVG to look at (not used by the app).

SKIN, SKIN_EDGE = "#ecd0b8", "#9c7457"
REGION_TINTS = ["#7fb3d5", "#f5b7b1", "#a9dfbf", "#f9e79f", "#d2b4de", "#aed6f1", "#fad7a0"]


def preview(out, layers, labels):
    pats, body_parts = [], []
    el = []

    def add(d, **attrs):
        a = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
        el.append(f'<path d="{d}" {a}/>')

    el.append(f'<rect width="{W}" height="{H}" fill="#f8f6f2"/>')
    add(body_path(), fill=SKIN, stroke=SKIN_EDGE, stroke_width=1.2)
    add(head_path(), fill=SKIN, stroke=SKIN_EDGE, stroke_width=1.2)
    if "regions" in layers:
        for i, name in enumerate(ORDER):
            fill = REGION_TINTS[i % len(REGION_TINTS)] if "tint" in layers else "none"
            add(regions()[name], fill=fill, fill_opacity=0.45, stroke="#7d5d45",
                stroke_width=0.5, stroke_opacity=0.8)
        for label, y in LEVELS:
            el.append(f'<text x="{SPINE_X + 16}" y="{y + 2}" font-size="5" fill="#6b5040">'
                      f'{label}</text>')
    if "landmarks" in layers:   # bones first: the muscles lie over them
        for base, side, d in landmarks():
            closed = d.rstrip().endswith("Z")
            add(d, fill="#f7f1e3" if closed else "none", fill_opacity=0.9, stroke="#6d5a48",
                stroke_width=0.8 if closed else 1.4, stroke_linecap="round")
    if "muscles" in layers or "muscles1" in layers or "muscles2" in layers:
        surface = {"trapezius_upper", "trapezius_middle", "trapezius_lower", "latissimus_dorsi",
                   "gluteus_maximus", "gluteus_medius", "erector_spinae", "teres_major",
                   "infraspinatus", "posterior_deltoid"}
        pick = set(MUSCLE_ORDER)
        if "muscles1" in layers:
            pick = surface
        if "muscles2" in layers:
            pick = set(MUSCLE_ORDER) - surface
        for i, (mid, sh) in enumerate(muscle_shapes().items()):
            if mid not in pick:
                continue
            hue = (i * 47) % 360
            for side, d, rot in (("L", sh["left"], -sh["fibre_angle"]),
                                 ("R", sh["right"], sh["fibre_angle"])):
                pid = f"h{i}{side}"
                pats.append(f'<pattern id="{pid}" width="3" height="3" '
                            f'patternUnits="userSpaceOnUse" patternTransform="rotate({rot})">'
                            f'<line x1="0" y1="0.5" x2="3" y2="0.5" stroke="hsl({hue},60%,30%)" '
                            f'stroke-width="0.5"/></pattern>')
                add(d, fill=f"hsl({hue},65%,55%)", fill_opacity=0.28, stroke="none")
                add(d, fill=f"url(#{pid})", fill_opacity=0.6, stroke=f"hsl({hue},60%,30%)",
                    stroke_width=0.6)
            if labels:
                pts = Shape(sh["left"]).points()
                cx = sum(p[0] for p in pts) / len(pts)
                cy = sum(p[1] for p in pts) / len(pts)
                el.append(f'<text x="{cx:.1f}" y="{cy:.1f}" font-size="5" text-anchor="middle" '
                          f'fill="hsl({hue},60%,20%)">{mid}</text>')
    if "zones" in layers:
        for _, _, d in danger_zones():
            add(d, fill="#e8590c", fill_opacity=0.35, stroke="#b8420a", stroke_width=0.6,
                stroke_dasharray="2 1")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}"><defs>{"".join(pats)}</defs>{"".join(el)}</svg>\n')
    pathlib.Path(out).write_text(svg, encoding="utf-8")
    print("preview:", out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="check the geometry")
    ap.add_argument("--preview", metavar="FILE.svg", help="also write SVG previews")
    ap.add_argument("--labels", action="store_true", help="name the muscles in the preview")
    ap.add_argument("--muscles", action="store_true",
                    help="write fibre_angle, left and right into assets/data/muscles.ron")
    args = ap.parse_args()

    DIAGRAM.write_text(diagram_ron(), encoding="utf-8")
    shapes = muscle_shapes()
    MUSCLE_JSON.write_text(json.dumps(shapes, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {DIAGRAM.relative_to(ROOT)} and {MUSCLE_JSON.relative_to(ROOT)}")
    ok = True
    if args.preview:
        base = pathlib.Path(args.preview)
        preview(base, {"regions", "landmarks", "muscles", "zones"}, args.labels)
        for layer in ("regions", "muscles1", "muscles2", "zones"):
            extra = {"regions": {"regions", "tint", "landmarks"}, "zones": {"regions", "zones"}}
            preview(base.with_name(f"{base.stem}-{layer}{base.suffix}"),
                    extra.get(layer, {layer, "landmarks"}), args.labels)
    if args.check:
        ok = check() and ok
    if args.muscles:
        text, missing = patch_muscles_ron(MUSCLES_RON.read_text(encoding="utf-8"), shapes)
        MUSCLES_RON.write_text(text, encoding="utf-8")
        print(f"updated {MUSCLES_RON.relative_to(ROOT)}")
        for mid in missing:
            print(f"muscles.ron: no entry for {mid}", file=sys.stderr)
        ok = ok and not missing
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
