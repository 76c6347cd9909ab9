# Reads a GraphML file with NetworkX or igraph and prints counts and a few attribute values as JSON (for the jest tests).
import json
import sys

tool, path = sys.argv[1], sys.argv[2]
if tool == "networkx":
    import networkx as nx
    g = nx.read_graphml(path)
    nodes = {n: d for n, d in g.nodes(data=True)}
    edges = {d.get("id", f"{u}->{v}"): d for u, v, k, d in g.edges(keys=True, data=True)} if g.is_multigraph() else {f"{u}->{v}": d for u, v, d in g.edges(data=True)}
    print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "node_attrs": nodes, "edge_attrs": list(edges.values())}))
else:
    import igraph as ig
    g = ig.Graph.Read_GraphML(path)
    nodes = {v["id"]: {k: v[k] for k in g.vs.attributes()} for v in g.vs}
    edges = [{k: e[k] for k in g.es.attributes()} for e in g.es]
    print(json.dumps({"nodes": g.vcount(), "edges": g.ecount(), "node_attrs": nodes, "edge_attrs": edges}))
