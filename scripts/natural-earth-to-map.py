#!/usr/bin/env python3
"""Turns Natural Earth 1:110m countries into railtop's map resource.

Run once, by hand, when the map data or its frame changes (not at start-up, not in CI):

    python3 scripts/natural-earth-to-map.py \
        ../shared/data/naturalearth_110m/naturalearth_lowres.shp \
        > Sources/Dashboard/Map/EurasiaMapData.swift

Only the Python standard library is used. What it does:
1. Reads the Shapefile's polygons (ESRI Shapefile Technical Description, 1998: a 100-byte
   header, then records of shape type 5 with parts and little-endian double points).
2. Classes every polygon edge: an edge two countries share is a border, any other a coast
   (Natural Earth's countries share exact vertices along borders).
3. Rotates the sphere so that the great circle from Zhengzhou to Liège is the equator
   (`CorridorFrame` in Swift does the same for stations at run time), so the 8.5:1 route lies
   along a horizontal band; X is the angle along the circle (east to the right), Y the angle
   off it (north up), both in degrees.
4. Keeps rings that reach the crop box (the corridor with the Yellow Sea, Caspian, Black Sea and
   Baltic around it), clips them to the box and writes each vertex in hundredths of a degree
   with the class of the edge that leaves it (c coast, b border, x the crop box's edge).
"""
import math
import struct
import sys

# The frame: both ends of the corridor (stations.csv rows 1 and 47).
ZHENGZHOU = (34.77, 113.86)
LIEGE = (50.637, 5.443)
# The crop box in frame degrees (X along the circle, Y off it).
CROP = (-60.0, 62.0, -30.0, 30.0)


def unit(lat, lon):
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def normal(v):
    n = math.sqrt(dot(v, v))
    return (v[0] / n, v[1] / n, v[2] / n)


def frame_axes():
    """e1 towards the circle's midpoint, e2 along it towards Zhengzhou, e3 its pole, north."""
    a, b = unit(*ZHENGZHOU), unit(*LIEGE)
    e1 = normal((a[0] + b[0], a[1] + b[1], a[2] + b[2]))
    e3 = normal(cross(b, a))
    if e3[2] < 0:
        e3 = (-e3[0], -e3[1], -e3[2])
    e2 = cross(e3, e1)
    if dot(a, e2) < 0:
        e2 = (-e2[0], -e2[1], -e2[2])
    return e1, e2, e3


E1, E2, E3 = frame_axes()


def project(lat, lon):
    v = unit(lat, lon)
    x = math.degrees(math.atan2(dot(v, E2), dot(v, E1)))
    y = math.degrees(math.asin(max(-1.0, min(1.0, dot(v, E3)))))
    return (x, y)


def read_shapes(path):
    data = open(path, "rb").read()
    pos, shapes = 100, []
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos:pos + 8])
        pos += 8
        content = data[pos:pos + length * 2]
        pos += length * 2
        if struct.unpack("<i", content[:4])[0] != 5:
            shapes.append([])
            continue
        nparts, npoints = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack("<%di" % nparts, content[44:44 + 4 * nparts]))
        off = 44 + 4 * nparts
        points = [struct.unpack("<dd", content[off + 16 * i:off + 16 * i + 16])
                  for i in range(npoints)]
        ends = parts[1:] + [npoints]
        shapes.append([points[s:e] for s, e in zip(parts, ends)])
    return shapes


def edge_key(a, b):
    pa, pb = (round(a[0], 6), round(a[1], 6)), (round(b[0], 6), round(b[1], 6))
    return (pa, pb) if pa <= pb else (pb, pa)


def clip(ring, inside, intersect):
    """Sutherland-Hodgman against one edge of the box; vertices are (x, y, class)."""
    out = []
    n = len(ring)
    for i in range(n):
        cur, prev = ring[i], ring[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(intersect(prev, cur, "x"))
            out.append(cur)
        elif inside(prev):
            out.append(intersect(prev, cur, prev[2]))
    # An edge that runs along the box after clipping belongs to the box.
    return out


def clip_box(ring):
    x0, x1, y0, y1 = CROP

    def cut_x(x):
        def f(p, q, cls):
            t = (x - p[0]) / (q[0] - p[0])
            return (x, p[1] + t * (q[1] - p[1]), cls)
        return f

    def cut_y(y):
        def f(p, q, cls):
            t = (y - p[1]) / (q[1] - p[1])
            return (p[0] + t * (q[0] - p[0]), y, cls)
        return f

    for inside, cut in [
        (lambda p: p[0] >= x0, cut_x(x0)), (lambda p: p[0] <= x1, cut_x(x1)),
        (lambda p: p[1] >= y0, cut_y(y0)), (lambda p: p[1] <= y1, cut_y(y1)),
    ]:
        if not ring:
            break
        ring = clip(ring, inside, cut)
    return ring


def main():
    shapes = read_shapes(sys.argv[1])
    shared = {}
    for rings in shapes:
        for ring in rings:
            for a, b in zip(ring, ring[1:]):
                k = edge_key(a, b)
                shared[k] = shared.get(k, 0) + 1
    out_rings = []
    for rings in shapes:
        for ring in rings:
            # Edge i leaves vertex i; the closing vertex repeats the first and is dropped.
            verts = []
            for a, b in zip(ring, ring[1:]):
                x, y = project(a[1], a[0])
                verts.append((x, y, "b" if shared[edge_key(a, b)] > 1 else "c"))
            # A ring that wraps the antimeridian of the frame (far from the corridor) is left out.
            xs = [v[0] for v in verts]
            if max(xs) - min(xs) > 180:
                continue
            clipped = clip_box(verts)
            if len(clipped) >= 3:
                out_rings.append(clipped)
    lines = []
    vertices = 0
    for ring in out_rings:
        parts = []
        for x, y, cls in ring:
            parts.append("%d,%d%s" % (round(x * 100), round(y * 100), cls))
        vertices += len(parts)
        lines.append(" ".join(parts))
    print("// Generated by scripts/natural-earth-to-map.py from Natural Earth 1:110m Admin-0")
    print("// countries (public domain, naturalearthdata.com; \"Made with Natural Earth\").")
    print("// Do not edit: run the script again (docs/MAP.md).")
    print()
    print("/// The base map's rings in the corridor frame: %d rings, %d vertices." % (len(out_rings), vertices))
    print("enum EurasiaMapData {")
    print("  /// The frame's two ends, (latitude, longitude): the great circle they span is the equator.")
    print("  static let zhengzhou = (latitude: %r, longitude: %r)" % ZHENGZHOU)
    print("  static let liege = (latitude: %r, longitude: %r)" % LIEGE)
    print("  /// The crop box in frame degrees: X along the circle (east right), Y off it (north up).")
    print("  static let crop = (minX: %r, maxX: %r, minY: %r, maxY: %r)" % CROP)
    print("  /// One ring a line: `x,y` in hundredths of a frame degree, then the class of the edge")
    print("  /// that leaves the vertex: c coast, b border, x the crop box.")
    print('  static let rings = """')
    for line in lines:
        print(line)
    print('"""')
    print("}")


if __name__ == "__main__":
    main()
